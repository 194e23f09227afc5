namespace KnowledgeGraph.Extraction;

/// <summary>Why a relation candidate is not a plain fact: the text's modality around its trigger.</summary>
public enum ModalityKind
{
    /// <summary>The actor said it is ready, willing or prepared to act ("confirmed readiness to sign").</summary>
    Readiness,

    /// <summary>The actor intends, seeks, promised or decided to act ("intends to visit").</summary>
    Intent,

    /// <summary>The act is planned, scheduled, envisaged or in the future ("will meet", "a planned summit", "a draft treaty").</summary>
    Plan,

    /// <summary>The actor can or is able to act ("can nominate").</summary>
    Ability,

    /// <summary>The act is possible, potential or speculated about ("could sign", "a possible alliance").</summary>
    Possibility,

    /// <summary>The act depends on a condition ("if ... signs", "unless").</summary>
    Condition,

    /// <summary>The act did not happen ("did not sign", "refused to meet").</summary>
    Negation,

    /// <summary>Someone denied that the act happened ("denied that ...", "allegations ... were rejected").</summary>
    Denial,

    /// <summary>The text reports or attributes the act to a speaker or a claim ("said that", "according to", "allegedly").</summary>
    Claim,

    /// <summary>The text hedges ("appears", "suggests", "is considered").</summary>
    Hedge,
}

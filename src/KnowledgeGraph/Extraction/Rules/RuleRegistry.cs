using System.Collections.Immutable;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The relation rules, once, in the order they run on every sentence. Footnotes run the rules whose scope includes
/// them, in the same order. docs/EXTRACTION.md lists this registry (a test checks that it does).
/// </summary>
internal static class RuleRegistry
{
    /// <summary>Gets the rules in running order.</summary>
    public static ImmutableArray<RelationRule> Default { get; } =
    [
        new TitleRoleRule(),
        new CounterpartRule(),
        new ApposedRoleRule(),
        new PartOfRule(),
        new NameRule(),
        new ListMembershipRule(),
        new MemberCompoundRule(),
        new AgreementPartiesRule(),
        new EventInPlaceRule(),
        new PlaceInStateRule(),
        new TriggerFrameRule(),
        new SupplierRule(),
        new ArmsOriginRule(),
        new AttendanceListRule(),
        new FrontedInvitationRule(),
        new InvitationOwnerRule(),
        new ReportedObligationRule(),
        new BackedByRule(),
        new PossessivePartnerRule(),
        new DelegationLeaderRule(),
        new DisputedStatementRule(),
        new NegativeJudgementRule(),
        new SpokeAtEventRule(),
        new HostOfEventRule(),
        new RepresentedAtEventRule(),
        new ParticipationPhraseRule(),
        new WireCreditsRule(),
        new OutletAttributionRule(),
        new CitationRule(),
        new MeetingPlaceVisitRule(),
        new AgentlessSigningRule(),
        new WarSideRule(),
    ];
}

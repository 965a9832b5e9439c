package dev.involution.arena.engine;

import java.util.List;

/**
 * Market-wide indicators of a round under the article's remedies. Money in cents.
 *
 * @param frontier            the research frontier (multiplies every model's quality; 1 without research)
 * @param researchFund        basic research paid since the start
 * @param breakthroughs       breakthroughs so far
 * @param budget              the regulator's balance after the round
 * @param fines               fines (audits included) received this round
 * @param levies              levies on revenue received this round
 * @param publicFees          public models' license fees received this round
 * @param subsidies           R&amp;D subsidies paid this round
 * @param grants              R&amp;D grants paid this round
 * @param publicFarms         what the public farms cost this round
 * @param research            basic research paid this round
 * @param publicModels        use cases whose public farm trained a model this round
 * @param incidents           incidents this round
 * @param seriousIncidents    serious incidents this round
 * @param incidentsToDate     incidents since the start
 * @param adoption            users with some firm / potential users, 0 to 1
 * @param adoptionShockRounds rounds the current loss of trust in AI services still lasts
 * @param complianceCost      safety spent because of the standard beyond what firms chose, plus audit fines
 * @param consortiumMembers   active consortium members
 * @param coordinationSignal  members' mean price / the competitive price level (0 with fewer than 2 members)
 * @param licensePaidToFirms  license fees firms paid each other this round
 * @param usersByUseCase      users with some firm, by use case
 */
public record RemedyIndicators(double frontier,
                               long researchFund,
                               int breakthroughs,
                               long budget,
                               long fines,
                               long levies,
                               long publicFees,
                               long subsidies,
                               long grants,
                               long publicFarms,
                               long research,
                               List<Integer> publicModels,
                               int incidents,
                               int seriousIncidents,
                               int incidentsToDate,
                               double adoption,
                               int adoptionShockRounds,
                               long complianceCost,
                               int consortiumMembers,
                               double coordinationSignal,
                               long licensePaidToFirms,
                               List<Long> usersByUseCase) {

    public RemedyIndicators {
        publicModels = List.copyOf(publicModels);
        usersByUseCase = List.copyOf(usersByUseCase);
    }

    /** Money into the budget this round. */
    public long budgetIn() {
        return fines + levies + publicFees;
    }

    /** Money out of the budget this round. */
    public long budgetOut() {
        return subsidies + grants + publicFarms + research;
    }
}

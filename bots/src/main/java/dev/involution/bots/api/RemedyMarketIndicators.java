package dev.involution.bots.api;

import java.util.List;

/**
 * Market-wide indicators of a round under the article's remedies (money in cents): the research
 * frontier, the fund and breakthroughs; the regulator's budget with this round's sources (fines,
 * levies, public license fees) and uses (subsidies, grants, public farms, basic research); the use
 * cases with a public model; incidents; adoption (users with a firm / potential users) and the rounds
 * a loss of trust still lasts; the standard's compliance cost; consortium members and the
 * coordination signal (members' mean price / the competitive price level); license fees between
 * firms; users per use case.
 */
public record RemedyMarketIndicators(double frontier,
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
}

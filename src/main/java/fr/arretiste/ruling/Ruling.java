package fr.arretiste.ruling;

import java.util.List;

/** One ruling as the pipeline extracts it: the JSON object of {@code ruling.schema.json}. */
public record Ruling(
        String id,
        String source,
        String sha256,
        String mediaType,
        Court court,
        String chamber,
        String date,
        String decisionType,
        List<CaseNumber> caseNumbers,
        List<LowerCourt> lowerCourt,
        List<Party> parties,
        List<Judge> judges,
        String clerk,
        List<Amount> amounts,
        List<CitedArticle> citations,
        Outcome outcome,
        Zones zones) {
}

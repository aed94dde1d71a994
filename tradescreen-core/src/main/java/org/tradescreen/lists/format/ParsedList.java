package org.tradescreen.lists.format;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tradescreen.model.Entity;

/**
 * What a parser made of one list file (or CSV set): its entities, the publication date the file states
 * if any, and the problems met. A delta (FollowTheMoney {@code {"op":…}} files) carries the entities
 * to add or replace and the ids to delete, to be applied to the previous snapshot of the source.
 */
public record ParsedList(List<Entity> entities, List<String> deletedSourceIds, boolean delta,
                         Optional<LocalDate> statedPublished, List<Problem> problems) {

    public ParsedList {
        entities = List.copyOf(entities);
        deletedSourceIds = List.copyOf(deletedSourceIds);
        problems = List.copyOf(problems);
    }

    public static ParsedList full(List<Entity> entities, Optional<LocalDate> statedPublished, List<Problem> problems) {
        return new ParsedList(entities, List.of(), false, statedPublished, problems);
    }
}

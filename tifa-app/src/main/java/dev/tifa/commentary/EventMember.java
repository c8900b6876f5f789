package dev.tifa.commentary;

import dev.tifa.model.Document;

/** A document of an event, and its role there. */
public record EventMember(Document document, Role role) {
}

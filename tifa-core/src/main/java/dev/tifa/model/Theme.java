package dev.tifa.model;

/** A policy theme of the codebook, e.g. {@code technology} 科技创新 / Technology and innovation. */
public record Theme(String id, String zh, String en) {
}

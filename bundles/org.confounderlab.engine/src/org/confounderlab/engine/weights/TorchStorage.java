package org.confounderlab.engine.weights;

/**
 * A storage a torch.save pickle refers to by persistent id {@code ('storage', torch.FloatStorage, key, location,
 * numel)}: its bytes are the archive entry {@code <prefix>/data/<key>}.
 *
 * @param key the storage's entry name under {@code data/}
 * @param type the element type its storage type names
 * @param location the device it was saved from, e.g. {@code cpu} or {@code cuda:0}
 * @param numel its number of elements
 */
record TorchStorage(String key, ElementType type, String location, long numel) {
}

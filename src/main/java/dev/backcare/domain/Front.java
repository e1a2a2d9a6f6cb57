package dev.backcare.domain;

import java.util.AbstractList;
import java.util.List;

/**
 * The newest part of a list of which a recent history may not hold the oldest items. Reading its
 * first item, or finding it empty, marks the history missed: whoever walks it should walk from the
 * end and stop as soon as they know.
 */
public final class Front<E> extends AbstractList<E> {
  private final List<E> items;
  private final boolean cutOff;
  private final boolean[] missed;

  Front(List<E> items, boolean cutOff, boolean[] missed) {
    this.items = items;
    this.cutOff = cutOff;
    this.missed = missed;
  }

  /** A list that holds everything. */
  public static <E> Front<E> whole(List<E> items) {
    return new Front<>(items, false, new boolean[1]);
  }

  @Override
  public E get(int index) {
    if (index == 0 && cutOff) {
      missed[0] = true;
    }
    return items.get(index);
  }

  @Override
  public int size() {
    if (items.isEmpty() && cutOff) {
      missed[0] = true;
    }
    return items.size();
  }

  /** The first item without marking anything: for a caller that knows it needs no more. */
  public E peekFirst() {
    return items.get(0);
  }

  /** Whether older items may be missing before the first. */
  public boolean cutOff() {
    return cutOff;
  }

  /** The items from {@code from} on, cut off only if this is and {@code from} is 0. */
  public Front<E> from(int from) {
    return new Front<>(items.subList(from, items.size()), cutOff && from == 0, missed);
  }

  /** The item at {@code index} without marking anything. */
  public E peek(int index) {
    return items.get(index);
  }
}

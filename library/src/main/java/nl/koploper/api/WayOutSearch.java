package nl.koploper.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koploper.facts.FactChange;
import nl.koploper.facts.FactSchema;
import nl.koploper.facts.FactSchema.Field;
import nl.koploper.facts.Facts;
import nl.koploper.facts.ValueType;
import nl.koploper.facts.ValueType.Choice;
import nl.koploper.facts.ValueType.Decimal;
import nl.koploper.facts.ValueType.Flag;
import nl.koploper.facts.ValueType.TextList;
import nl.koploper.facts.ValueType.Whole;

/**
 * Looks for the smallest sets of changes to a region's facts after which a recommendation no longer
 * fires, by running the rules (their ranking only, without texts): all single changes first, then
 * pairs of changes on distinct facts, then triples, stopping at the first size that clears it.
 *
 * <p>The candidate changes of a fact come from its type in the schema, never from the rules: every
 * other value of an ordinal scale (nearest first, up before down), the other boolean, the empty
 * list for a list of names, and for a number "moved to the threshold": towards the top and towards
 * the bottom of the field's range, bisecting between the current value and the end of the range for
 * the value nearest the current one at which the recommendation stops firing (a decimal is then
 * written with as few digits as still clear it). A fact the region leaves unknown is not guessed,
 * and no fact is made unknown. Every run counts against a cap, and the search says when the cap cut
 * it short.
 */
final class WayOutSearch {
  /** How many changes a way out may have at most. */
  static final int MAX_CHANGES = 3;

  /** Bisecting a decimal stops when the bracket is this small relative to its value. */
  private static final double PRECISION = 1e-6;

  private static final List<Field> SCHEMA = FactSchema.fields();

  private final Advisor advisor;
  private final Facts facts;
  private final Facts benchmark;
  private final String code;
  private final int cap;
  private int runs;

  /** The ways out of the size being searched (nothing clears at the smaller sizes). */
  private final List<Found> found = new ArrayList<>();

  /**
   * The result.
   *
   * @param ways the minimal sets found, sorted by fact (schema order) and by how near each value is
   * @param runs how many times the rules ran
   * @param complete false when the cap stopped the search before it was done
   */
  record Result(List<List<FactChange>> ways, int runs, boolean complete) {}

  WayOutSearch(Advisor advisor, Facts facts, Facts benchmark, String code, int cap) {
    this.advisor = advisor;
    this.facts = facts;
    this.benchmark = benchmark;
    this.code = code;
    this.cap = cap;
  }

  /** Searches changes of these facts (in schema order), fewest changes first. */
  Result search(List<Field> fields) {
    List<List<Move>> movesByField = new ArrayList<>();
    for (Field field : fields) {
      List<Move> moves = moves(field);
      if (!moves.isEmpty()) {
        movesByField.add(moves);
      }
    }
    try {
      for (int size = 1; size <= Math.min(MAX_CHANGES, movesByField.size()); size++) {
        for (List<Move> combination : combinations(movesByField, size)) {
          List<FactChange> way = resolve(combination);
          if (way != null && minimal(way)) {
            found.add(new Found(combination, way));
          }
        }
        if (!found.isEmpty()) {
          return new Result(sorted(found), runs, true);
        }
      }
      return new Result(List.of(), runs, true);
    } catch (CapReached e) {
      return new Result(sorted(found), runs, false);
    }
  }

  /** One candidate change of a fact: a fixed value, or a number moved up or down to a threshold. */
  private sealed interface Move {
    Field field();

    /** Orders the candidates of one fact: nearest first, up before down. */
    int order();
  }

  private record Fixed(Field field, Object value, int order) implements Move {}

  private record Threshold(Field field, boolean up, int order) implements Move {}

  private record Found(List<Move> moves, List<FactChange> changes) {}

  /** Thrown by the run that would exceed the cap, to unwind the search at once. */
  private static final class CapReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CapReached() {
      super(null, null, false, false);
    }
  }

  private List<Move> moves(Field field) {
    Object value = field.get(facts);
    if (value == null || FactChange.whyNotSettable(field).isPresent()) {
      return List.of();
    }
    ValueType type = field.type();
    List<Move> moves = new ArrayList<>();
    if (type instanceof Choice choice) {
      Object[] scale = choice.type().getEnumConstants();
      int at = ((Enum<?>) value).ordinal();
      int order = 0;
      for (int step = 1; step < scale.length; step++) {
        if (at + step < scale.length) {
          moves.add(new Fixed(field, scale[at + step], order++));
        }
        if (at - step >= 0) {
          moves.add(new Fixed(field, scale[at - step], order++));
        }
      }
    } else if (type instanceof Flag) {
      moves.add(new Fixed(field, !(Boolean) value, 0));
    } else if (type instanceof TextList && !((List<?>) value).isEmpty()) {
      moves.add(new Fixed(field, List.of(), 0));
    } else if (type instanceof Whole || type instanceof Decimal) {
      double v = ((Number) value).doubleValue();
      if (v < max(type)) {
        moves.add(new Threshold(field, true, 0));
      }
      if (v > min(type)) {
        moves.add(new Threshold(field, false, 1));
      }
    }
    return moves;
  }

  /** Every choice of one move on each of {@code size} distinct facts, in schema order. */
  private static List<List<Move>> combinations(List<List<Move>> movesByField, int size) {
    List<List<Move>> all = new ArrayList<>();
    collect(movesByField, size, 0, new ArrayList<>(), all);
    return all;
  }

  private static void collect(
      List<List<Move>> movesByField, int size, int from, List<Move> chosen, List<List<Move>> all) {
    if (chosen.size() == size) {
      all.add(List.copyOf(chosen));
      return;
    }
    for (int i = from; i <= movesByField.size() - (size - chosen.size()); i++) {
      for (Move move : movesByField.get(i)) {
        chosen.add(move);
        collect(movesByField, size, i + 1, chosen, all);
        chosen.remove(chosen.size() - 1);
      }
    }
  }

  /**
   * The changes of a combination of moves if they clear the recommendation, else null. Numbers go
   * to the end of their range first; if that clears it, each is bisected in turn back towards its
   * current value, the others held where they are.
   */
  private List<FactChange> resolve(List<Move> moves) {
    Object[] values = new Object[moves.size()];
    for (int i = 0; i < values.length; i++) {
      Move move = moves.get(i);
      values[i] =
          move instanceof Fixed fixed ? fixed.value() : extreme((Threshold) move, move.field());
    }
    if (!clears(changes(moves, values))) {
      return null;
    }
    for (int i = 0; i < values.length; i++) {
      if (moves.get(i) instanceof Threshold) {
        values[i] = threshold(moves, values, i);
      }
    }
    return changes(moves, values);
  }

  /** The value of move {@code i} nearest its current value that still clears, by bisection. */
  private Object threshold(List<Move> moves, Object[] values, int i) {
    Field field = moves.get(i).field();
    double current = ((Number) field.get(facts)).doubleValue();
    double clearing = ((Number) values[i]).doubleValue();
    double firing = current;
    Object[] trial = values.clone();
    if (field.type() instanceof Whole) {
      long lo = (long) firing;
      long hi = (long) clearing;
      while (Math.abs(hi - lo) > 1) {
        long mid = lo + (hi - lo) / 2;
        trial[i] = mid;
        if (clears(changes(moves, trial))) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      return hi;
    }
    while (Math.abs(clearing - firing) > PRECISION * Math.max(Math.abs(clearing), 1e-9)) {
      double mid = firing + (clearing - firing) / 2;
      if (mid == firing || mid == clearing) {
        break;
      }
      trial[i] = mid;
      if (clears(changes(moves, trial))) {
        clearing = mid;
      } else {
        firing = mid;
      }
    }
    double plain = plainest(firing, clearing);
    if (plain != clearing) {
      trial[i] = plain;
      if (clears(changes(moves, trial))) {
        return plain;
      }
    }
    return clearing;
  }

  /**
   * The number with the fewest significant digits strictly past {@code firing} and no further than
   * {@code clearing}: 0.25 rather than 0.2500001, so a way out reads like a target.
   */
  static double plainest(double firing, double clearing) {
    boolean up = clearing > firing;
    BigDecimal end = new BigDecimal(clearing);
    for (int digits = 1; digits <= 17; digits++) {
      double d =
          end.round(new MathContext(digits, up ? RoundingMode.FLOOR : RoundingMode.CEILING))
              .doubleValue();
      if (up ? d > firing && d <= clearing : d < firing && d >= clearing) {
        return d;
      }
    }
    return clearing;
  }

  private static Object extreme(Threshold move, Field field) {
    ValueType type = field.type();
    double end = move.up() ? max(type) : min(type);
    return type instanceof Whole ? (Object) (long) end : (Object) end;
  }

  private static double max(ValueType type) {
    return type instanceof Whole w ? w.max() : ((Decimal) type).max();
  }

  private static double min(ValueType type) {
    return type instanceof Whole w ? w.min() : ((Decimal) type).min();
  }

  private static List<FactChange> changes(List<Move> moves, Object[] values) {
    List<FactChange> changes = new ArrayList<>(moves.size());
    for (int i = 0; i < values.length; i++) {
      changes.add(new FactChange(moves.get(i).field(), values[i]));
    }
    return changes;
  }

  /** Whether no proper subset of the changes clears the recommendation too. */
  private boolean minimal(List<FactChange> way) {
    int n = way.size();
    for (int mask = 1; mask < (1 << n) - 1; mask++) {
      List<FactChange> subset = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          subset.add(way.get(i));
        }
      }
      if (clears(subset)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the recommendation is gone once the changes are made; one run of the rules. */
  private boolean clears(List<FactChange> changes) {
    if (runs >= cap) {
      throw new CapReached();
    }
    runs++;
    Facts changed = FactChange.applyAll(facts, changes);
    return advisor.rank(changed, benchmark).stream().noneMatch(s -> s.code().equals(code));
  }

  private static List<List<FactChange>> sorted(List<Found> found) {
    Map<String, Found> distinct = new LinkedHashMap<>();
    for (Found f : found) {
      distinct.putIfAbsent(f.changes().stream().map(FactChange::assignment).toList().toString(), f);
    }
    return distinct.values().stream().sorted(WayOutSearch::compare).map(Found::changes).toList();
  }

  private static int compare(Found a, Found b) {
    for (int i = 0; i < Math.min(a.moves().size(), b.moves().size()); i++) {
      Move x = a.moves().get(i);
      Move y = b.moves().get(i);
      int c =
          Comparator.comparingInt((Move m) -> SCHEMA.indexOf(m.field()))
              .thenComparingInt(Move::order)
              .compare(x, y);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.moves().size(), b.moves().size());
  }
}

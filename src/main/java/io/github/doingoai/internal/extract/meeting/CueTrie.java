package io.github.doingoai.internal.extract.meeting;

import io.github.doingoai.internal.extract.WordGate;
import io.github.doingoai.internal.extract.meeting.MeetingCues.Cue;
import io.github.doingoai.internal.extract.meeting.MeetingCues.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The meeting words and the clause cues of {@link MeetingCues} in one trie: a single walk from a
 * word start finds what the role indexes' {@code longestAt} would each find there, instead of
 * one descent per index. Every sentence is read once, and walked from the word starts its
 * {@link WordGate} lets through. Immutable; thread-safe.
 */
final class CueTrie {
  /** Slots of the array {@link #walk} fills after the roles (by ordinal). */
  static final int MEETING_END = Role.values().length;
  static final int MEETING_NODE = MEETING_END + 1;
  static final int SLOTS = MEETING_NODE + 1;
  /** The bit {@link #walk} returns when it finds a meeting word (above every role's). */
  static final int MEETING = 1 << 31;

  private static final class Node {
    final Map<Character, Node> next = new HashMap<>(4);
    int roles;
    Cue meeting;
  }

  /** The root's children by char (0: none), the rest as sorted label runs as in the phrase index. */
  private final int[] rootChild;
  private final int[] first;
  private final char[] labels;
  private final int[] child;
  /** Per node: the roles (bit = ordinal) of which a phrase ends here. */
  private final int[] roles;
  /** Per node: the value the meeting-word index holds for the phrase ending here, or null. */
  private final Cue[] meeting;
  /** The word starts worth a walk. */
  private final WordGate gate;

  /**
   * {@code meetingKeys}/{@code meetingCues}: the meeting-word phrases in the order they were added
   * to that index (the first value of a key wins, as there); {@code roleKeys}: the phrases of the
   * roles to find.
   */
  CueTrie(List<String> meetingKeys, List<Cue> meetingCues, Map<Role, ? extends Iterable<String>> roleKeys) {
    Node root = new Node(); // the trie while it is built; laid out in arrays below
    for (int i = 0; i < meetingKeys.size(); i++) {
      Node n = node(root, meetingKeys.get(i));
      if (n != null && n.meeting == null) {
        n.meeting = meetingCues.get(i);
      }
    }
    for (Map.Entry<Role, ? extends Iterable<String>> e : roleKeys.entrySet()) {
      for (String k : e.getValue()) {
        Node n = node(root, k);
        if (n != null) {
          n.roles |= 1 << e.getKey().ordinal();
        }
      }
    }
    List<String> all = new ArrayList<>(meetingKeys);
    roleKeys.values().forEach(keys -> keys.forEach(all::add));
    gate = new WordGate(all);
    // number the nodes breadth-first, then lay out each node's sorted children side by side
    List<Node> order = new ArrayList<>();
    Map<Node, Integer> id = new IdentityHashMap<>();
    order.add(root);
    id.put(root, 0);
    for (int k = 0; k < order.size(); k++) {
      for (Node c : order.get(k).next.values()) {
        id.put(c, order.size());
        order.add(c);
      }
    }
    int nodes = order.size();
    first = new int[nodes + 1];
    labels = new char[Math.max(0, nodes - 1)];
    child = new int[Math.max(0, nodes - 1)];
    roles = new int[nodes];
    meeting = new Cue[nodes];
    int maxRoot = -1;
    for (Character c : root.next.keySet()) {
      maxRoot = Math.max(maxRoot, c);
    }
    rootChild = new int[maxRoot + 1];
    int e = 0;
    for (int k = 0; k < nodes; k++) {
      Node n = order.get(k);
      first[k] = e;
      roles[k] = n.roles;
      meeting[k] = n.meeting;
      List<Character> keys = new ArrayList<>(n.next.keySet());
      keys.sort(null);
      for (Character c : keys) {
        labels[e] = c;
        child[e] = id.get(n.next.get(c));
        if (k == 0) {
          rootChild[c] = child[e];
        }
        e++;
      }
    }
    first[nodes] = e;
  }

  private static Node node(Node root, String key) {
    if (key.isEmpty()) {
      return null; // the phrase index ignores an empty key too
    }
    Node n = root;
    for (int i = 0; i < key.length(); i++) {
      n = n.next.computeIfAbsent(key.charAt(i), c -> new Node());
    }
    return n;
  }

  /** The word starts where a walk may find something; see {@link WordGate#next}. */
  WordGate gate() {
    return gate;
  }

  /** True when some phrase starts with {@code c}. */
  boolean canStart(char c) {
    return c < rootChild.length && rootChild[c] != 0;
  }

  private int step(int k, char c) {
    int lo = first[k];
    int hi = first[k + 1];
    for (int j = lo; j < hi; j++) {
      if (labels[j] == c) {
        return child[j];
      }
    }
    return -1;
  }

  /**
   * Walks the phrases starting at {@code pos} (a word start), not reading past {@code limit}, as
   * {@code PhraseIndex.longestAt(lower, pos, limit)} does for each index. Returns the bits of the
   * roles found ({@link #MEETING} for the meeting words); for each, {@code out[role.ordinal()]} is
   * the end of its longest phrase there (whole words), and {@code out[MEETING_END]} and {@code
   * out[MEETING_NODE]} the same for the meeting words, whose cue {@link #meetingCue} gives. The
   * other slots of {@code out} are left as they were.
   */
  int walk(String lower, int pos, int limit, int[] out) {
    if (pos >= limit || !canStart(lower.charAt(pos))) {
      return 0;
    }
    int found = 0;
    int n = rootChild[lower.charAt(pos)];
    int len = lower.length();
    for (int i = pos; ; ) {
      int r = roles[n];
      Cue c = meeting[n];
      if ((r != 0 || c != null) && (i + 1 == len || !Character.isLetterOrDigit(lower.charAt(i + 1)))) {
        found |= r;
        while (r != 0) {
          out[Integer.numberOfTrailingZeros(r)] = i + 1;
          r &= r - 1;
        }
        if (c != null) {
          out[MEETING_END] = i + 1;
          out[MEETING_NODE] = n;
          found |= MEETING;
        }
      }
      if (++i >= limit) {
        break;
      }
      n = step(n, lower.charAt(i));
      if (n < 0) {
        break;
      }
    }
    return found;
  }

  Cue meetingCue(int node) {
    return meeting[node];
  }
}

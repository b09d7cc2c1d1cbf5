package io.github.doingoai.match.bench;

import io.github.doingoai.Doingoai;
import io.github.doingoai.match.EventIndex;
import io.github.doingoai.model.Agreement;
import io.github.doingoai.model.AgreementKind;
import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.DocumentRef;
import io.github.doingoai.model.DocumentType;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.Meeting;
import io.github.doingoai.model.MeetingKind;
import io.github.doingoai.model.Official;
import io.github.doingoai.model.PartialDate;
import io.github.doingoai.model.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Not a test: a harness that adds generated articles to an {@link EventIndex} and reports the cost
 * per added article when the index holds 10,000 and then 100,000 articles (7 batches at each size,
 * least and median). Run with
 * {@code examples/match-bench/run.sh} (see there).
 *
 * <p>The stream is a news flow over time: about 40 articles a day, each real-world event told by 1 to
 * 4 outlets on the same or next days; 30% of the articles give the meeting's day without the year,
 * 8% give no day; officials are drawn from 4,000 persons with a Zipf law (a few ministers are in
 * very many articles), places from 63 provinces, 20% of the articles report a signed agreement with
 * one of 40 foreign partners, documents from 300 codes, a Zipf law again.
 */
public final class MatcherBenchmark {
  private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
  private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Quốc", "Thanh", "Đức", "Hữu", "Xuân"};
  private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Khoa", "Lan", "Long",
      "Mai", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Vinh"};
  private static final String[] TITLES = {"Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh",
      "Chủ tịch HĐND tỉnh", "Giám đốc Sở Ngoại vụ tỉnh", "Trưởng Ban Đối ngoại Tỉnh ủy"};
  private static final MeetingKind[] KINDS = MeetingKind.values();

  private final SplittableRandom rnd;
  private final List<String[]> persons = new ArrayList<>();
  private final double[] personCdf;
  private final double[] docCdf;
  private final LocalDate start = LocalDate.of(2015, 1, 1);

  private MatcherBenchmark(long seed) {
    rnd = new SplittableRandom(seed);
    for (int i = 0; i < 4000; i++) {
      String name = SURNAMES[i % SURNAMES.length] + " " + MIDDLE[(i / 10) % MIDDLE.length] + " "
          + GIVEN[(i / 80) % GIVEN.length] + (i >= 1600 ? " " + GIVEN[(i / 7) % GIVEN.length] : "");
      String province = "Tỉnh " + (i % 63 + 1);
      persons.add(new String[] {name, TITLES[i % TITLES.length] + " " + province});
    }
    personCdf = zipf(persons.size(), 1.1);
    docCdf = zipf(300, 1.0);
  }

  private static double[] zipf(int n, double s) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      cdf[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cdf[i] /= sum;
    }
    return cdf;
  }

  private int draw(double[] cdf) {
    double u = rnd.nextDouble();
    int lo = 0;
    int hi = cdf.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cdf[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** One real-world event, told by 1 to 4 articles. */
  private List<Extraction> event(int eventNo) {
    LocalDate day = start.plusDays(eventNo / 18);
    MeetingKind kind = KINDS[rnd.nextInt(KINDS.length)];
    List<String[]> who = new ArrayList<>();
    int nOff = 1 + rnd.nextInt(6);
    for (int i = 0; i < nOff; i++) {
      who.add(persons.get(draw(personCdf)));
    }
    Integer edition = rnd.nextInt(10) == 0 ? 1 + rnd.nextInt(30) : null;
    String place = "tỉnh " + (1 + rnd.nextInt(63));
    boolean signs = rnd.nextInt(5) == 0;
    String partner = "tỉnh đối tác " + (1 + rnd.nextInt(40));
    List<String> docs = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      docs.add((draw(docCdf) + 1) + "-NQ/TW");
    }
    int outlets = 1 + rnd.nextInt(4);
    List<Extraction> out = new ArrayList<>(outlets);
    for (int k = 0; k < outlets; k++) {
      int r = rnd.nextInt(100);
      PartialDate date = r < 8 ? null : r < 38 ? PartialDate.ofMonthDay(day.getMonthValue(), day.getDayOfMonth())
          : PartialDate.of(day);
      PartialDate published = rnd.nextBoolean() ? PartialDate.of(day.plusDays(rnd.nextInt(2))) : null;
      List<Official> officials = new ArrayList<>();
      List<String> chairs = new ArrayList<>();
      for (String[] p : who) {
        if (rnd.nextInt(4) != 0) {
          officials.add(new Official("o" + (officials.size() + 1), p[0], List.of(Position.ofText(p[1])), List.of()));
          if (chairs.isEmpty() && rnd.nextBoolean()) {
            chairs.add(p[0]);
          }
        }
      }
      Meeting m = new Meeting("m1", kind, null, date, null, rnd.nextBoolean() ? place : null, List.of(), chairs,
          List.of(), edition, null, null, null, null, List.of());
      List<Agreement> agreements = signs
          ? List.of(new Agreement("a1", AgreementKind.MEMORANDUM_OF_UNDERSTANDING, AgreementStatus.SIGNED, null, date,
              List.of("UBND " + place, partner), List.of(), List.of(), null, List.of()))
          : List.of();
      List<DocumentRef> documents = new ArrayList<>();
      for (String d : docs) {
        documents.add(new DocumentRef(d, DocumentType.RESOLUTION, d.substring(0, d.indexOf('-')), null, "TW", null,
            null));
      }
      out.add(new Extraction(null, published, null, officials, List.of(m), null, agreements, null, null, null,
          documents, null, null, null));
    }
    return out;
  }

  private int eventNo;
  private int articleNo;

  /** Adds articles until the index holds {@code target}; returns nanoseconds per article added. */
  private double fill(EventIndex index, int target) {
    long t0 = System.nanoTime();
    int added = 0;
    while (index.size() < target) {
      for (Extraction e : event(eventNo++)) {
        if (index.size() >= target) {
          break;
        }
        index.add("a" + (articleNo++), e);
        added++;
      }
    }
    return (System.nanoTime() - t0) / (double) Math.max(1, added);
  }

  /**
   * Measures {@code batches} batches of {@code size} additions from the current size on; returns
   * the least and the median nanoseconds per article. The least is the figure the machine's other
   * work disturbed least (the usual estimator on a shared machine).
   */
  private double[] measure(EventIndex index, int batches, int size) {
    double[] per = new double[batches];
    for (int i = 0; i < batches; i++) {
      per[i] = fill(index, index.size() + size);
    }
    java.util.Arrays.sort(per);
    return new double[] {per[0], per[batches / 2]};
  }

  public static void main(String[] args) {
    int batch = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int batches = 7;
    MatcherBenchmark gen = new MatcherBenchmark(42);
    EventIndex index = Doingoai.matcher().build().newIndex();
    gen.fill(index, 10_000);
    double[] at10k = gen.measure(index, batches, batch);
    gen.fill(index, 100_000);
    double[] at100k = gen.measure(index, batches, batch);
    System.out.printf(Locale.ROOT, "%d batches of %d additions at each size%n", batches, batch);
    System.out.printf(Locale.ROOT, "cost per added article at 10,000:  least %.1f µs, median %.1f µs%n",
        at10k[0] / 1000, at10k[1] / 1000);
    System.out.printf(Locale.ROOT, "cost per added article at 100,000: least %.1f µs, median %.1f µs%n",
        at100k[0] / 1000, at100k[1] / 1000);
    System.out.printf(Locale.ROOT, "ratio 100k/10k: least %.2f, median %.2f (events: %d, persons: %d)%n",
        at100k[0] / at10k[0], at100k[1] / at10k[1], index.events().size(), index.officials().persons().size());
  }
}

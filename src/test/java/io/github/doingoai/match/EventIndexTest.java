package io.github.doingoai.match;

import static io.github.doingoai.match.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.Doingoai;
import io.github.doingoai.DoingoaiException;
import io.github.doingoai.ErrorKind;
import io.github.doingoai.model.AgreementKind;
import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.Extraction;
import io.github.doingoai.model.MeetingKind;
import io.github.doingoai.model.PartOfDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same-event pairs and the hard negatives of the matcher, on hand-built extractions. */
class EventIndexTest {

  private final EventMatcher matcher = Doingoai.matcher().build();

  private static boolean has(MatchDecision d, EvidenceKind kind) {
    return d.evidence().stream().anyMatch(e -> e.kind() == kind);
  }

  // One signing told by three outlets: a city paper, a national daily without the year, a portal
  // that spells the city and the bodies differently and gives only its own date.
  private static Extraction cityPaper() {
    return article()
        .official("Trần Quốc Hưng", "Ủy viên Bộ Chính trị", "Bí thư Thành ủy Thành phố Hồ Chí Minh")
        .official("Lê Minh Khoa", "Bí thư Ban Cán sự Đảng Bộ Ngoại giao", "Bộ trưởng Bộ Ngoại giao")
        .official("Đỗ Thị Lan", "Chủ tịch UBND Thành phố Hồ Chí Minh")
        .meeting(MeetingKind.CONFERENCE, "2023-05-12", "Hội nghị ký kết Quy chế phối hợp", "Thành phố Hồ Chí Minh",
            null, "Trần Quốc Hưng", "Lê Minh Khoa")
        .agreement(AgreementKind.COORDINATION_REGULATION, AgreementStatus.SIGNED, "2023-05-12",
            "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh", "Ban Cán sự Đảng Bộ Ngoại giao")
        .build();
  }

  private static Extraction nationalDaily() {
    return article()
        .official("Lê Minh Khoa", "Bộ trưởng Ngoại giao")
        .official("Trần Quốc Hưng", "Bí thư Thành ủy TP.HCM")
        .meeting(MeetingKind.CONFERENCE, "--05-12", null, null, null)
        .meeting(MeetingKind.WORKING_SESSION, "--05-11", null, null, null)
        .agreement(AgreementKind.COORDINATION_REGULATION, AgreementStatus.SIGNED, "--05-12",
            "Ban thường vụ Thành ủy TPHCM", "Ban cán sự đảng Bộ Ngoại giao")
        .build();
  }

  private static Extraction portal() {
    return article()
        .published("2023-05-13")
        .official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao")
        .official("Đỗ Thị Lan", "Chủ tịch Ủy ban nhân dân TP. Hồ Chí Minh")
        .meeting(MeetingKind.CEREMONY, null, "Lễ ký kết quy chế phối hợp", null, null)
        .agreement(AgreementKind.COORDINATION_REGULATION, AgreementStatus.SIGNED, null,
            "Ban Cán sự Đảng Bộ Ngoại giao", "Ban Thường vụ Thành ủy Tp Hồ Chí Minh")
        .build();
  }

  @Test
  void oneSigningToldByThreeOutletsIsOneEvent() {
    EventIndex index = matcher.newIndex();
    String e1 = index.add("city.txt", cityPaper());
    String e2 = index.add("daily.txt", nationalDaily());
    String e3 = index.add("portal.txt", portal());
    assertEquals(e1, e2);
    assertEquals(e1, e3);
    assertEquals("conference-2023-05-12-city", e1);
    Event ev = index.event(e1).orElseThrow();
    assertEquals(List.of("city.txt", "daily.txt", "portal.txt"), ev.articles());
    assertEquals(2, ev.links().size());
    assertTrue(has(ev.links().get(0).decision(), EvidenceKind.SHARED_AGREEMENT));
    // the portal gives no day: its own date stands in, within the window
    MatchDecision portalLink = ev.links().get(1).decision();
    assertTrue(has(portalLink, EvidenceKind.DATE_UNKNOWN));
    assertFalse(has(portalLink, EvidenceKind.OUTSIDE_DATE_WINDOW));
    // merged: the most complete of the agreeing dates, and the kinds reported as a conflict
    MergedMeeting m = ev.meeting();
    assertEquals("2023-05-12", m.value("date").orElseThrow());
    assertFalse(m.field("date").orElseThrow().conflict());
    assertTrue(m.conflicts().contains("kind"), m.conflicts().toString());
    assertEquals(List.of("city.txt", "daily.txt"), m.field("kind").orElseThrow().claims().get(0).articles());
    // one agreement across the three articles
    assertEquals(1, index.agreements().agreements().size());
    assertEquals(List.of(index.agreements().agreements().get(0).id()), ev.agreements());
  }

  @Test
  void theSigningWithoutAnyDayOnOneSideNeedsTheWindow() {
    EventMatcher narrow = Doingoai.matcher().dateWindowDays(0).build();
    MatchDecision d = narrow.explain("city.txt", cityPaper(), "portal.txt", portal());
    assertFalse(d.sameEvent());
    assertTrue(has(d, EvidenceKind.OUTSIDE_DATE_WINDOW));
    assertTrue(matcher.explain("city.txt", cityPaper(), "portal.txt", portal()).sameEvent());
  }

  @Test
  void theWorkingSessionOnTheEveOfTheSigningIsAnotherEvent() {
    EventIndex index = matcher.newIndex();
    String signing = index.add("daily.txt", nationalDaily());
    Extraction eve = article()
        .official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao")
        .official("Trần Quốc Hưng", "Bí thư Thành ủy TP.HCM")
        .meeting(MeetingKind.WORKING_SESSION, "--05-11", null, null, null)
        .build();
    String session = index.add("eve.txt", eve);
    assertNotEquals(signing, session);
    MatchDecision d = index.explain("daily.txt", "eve.txt");
    assertTrue(has(d, EvidenceKind.DATE_CONFLICT));
  }

  @Test
  void sameMinisterAtTwoNationalConferencesOnConsecutiveDays() {
    Extraction first = article()
        .official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao")
        .meeting(MeetingKind.CONFERENCE, "2023-12-18", "Hội nghị Ngoại vụ toàn quốc lần thứ 21", "Hà Nội", 21)
        .build();
    Extraction second = article()
        .official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao")
        .meeting(MeetingKind.CONFERENCE, "2023-12-19", "Hội nghị Ngoại giao lần thứ 32", "Hà Nội", 32)
        .build();
    MatchDecision d = matcher.explain("a", first, "b", second);
    assertFalse(d.sameEvent());
    assertTrue(has(d, EvidenceKind.DATE_CONFLICT));
    assertTrue(d.score() < 0);
  }

  @Test
  void sameDayAndMonthButAnotherConferenceStaysApart() {
    // a city's five-year review (no year in the text) and the national conference of that day
    Extraction review = article()
        .official("Lê Minh Khoa", "Phó Thủ tướng", "Bộ trưởng Bộ Ngoại giao")
        .official("Đỗ Thị Lan", "Chủ tịch UBND TPHCM")
        .meeting(MeetingKind.CONFERENCE, "--12-13", "Hội nghị tổng kết công tác đối ngoại giai đoạn 2019-2023",
            null, null)
        .build();
    Extraction national = article()
        .published("2023-12-13")
        .official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao")
        .meeting(MeetingKind.CONFERENCE, "2023-12-13", "Hội nghị Ngoại vụ toàn quốc lần thứ 21", null, 21)
        .build();
    MatchDecision d = matcher.explain("review", review, "national", national);
    assertFalse(d.sameEvent(), d.toString());
    assertTrue(has(d, EvidenceKind.DIFFERENT_NAME));
    // even with no names, one shared official, the day and the kind are not enough
    Extraction reviewUnnamed = article()
        .official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao")
        .meeting(MeetingKind.CONFERENCE, "--12-13", null, null, null)
        .build();
    Extraction nationalUnnamed = article()
        .official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao")
        .meeting(MeetingKind.CONFERENCE, "2023-12-13", null, null, 21)
        .build();
    MatchDecision weak = matcher.explain("r", reviewUnnamed, "n", nationalUnnamed);
    assertTrue(weak.anchored());
    assertFalse(weak.sameEvent(), weak.toString());
  }

  @Test
  void differentOrganisersOrEditionsKeepSameDayConferencesApart() {
    Extraction a = article()
        .official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao")
        .official("Vũ Hải Nam", "Thứ trưởng Bộ Ngoại giao")
        .meeting(MeetingKind.CONFERENCE, "--08-21", null, null, null, null, List.of("Bộ Ngoại giao"))
        .build();
    Extraction b = article()
        .official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao")
        .official("Vũ Hải Nam", "Thứ trưởng Bộ Ngoại giao")
        .meeting(MeetingKind.CONFERENCE, "2024-08-21", null, null, null, null, List.of("Ban Đối ngoại Trung ương"))
        .build();
    MatchDecision d = matcher.explain("a", a, "b", b);
    assertTrue(has(d, EvidenceKind.DIFFERENT_ORGANISERS));
    assertFalse(d.sameEvent(), d.toString());

    Extraction e18 = article().official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao")
        .meeting(MeetingKind.CONFERENCE, "--08-21", "Hội nghị Ngoại vụ toàn quốc lần thứ 18", "Hà Nội", 18).build();
    Extraction e19 = article().official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao")
        .meeting(MeetingKind.CONFERENCE, "--08-21", "Hội nghị Ngoại vụ toàn quốc lần thứ 19", "Hà Nội", 19).build();
    MatchDecision ed = matcher.explain("18", e18, "19", e19);
    assertTrue(has(ed, EvidenceKind.EDITION_CONFLICT));
    assertFalse(ed.sameEvent());
  }

  @Test
  void sameGovernorAtThreeSigningsInFiveWeeks() {
    String governor = "Khamphoui Sengdara";
    Extraction first = article()
        .official(governor, "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Savannakhet")
        .meeting(MeetingKind.CEREMONY, "2022-08-22", null, "Hội trường Tỉnh ủy Quảng Trị", null)
        .agreement(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, AgreementStatus.SIGNED, "2022-08-22",
            "tỉnh Quảng Trị", "tỉnh Savannakhet")
        .build();
    Extraction second = article()
        .official(governor, "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Savannakhet")
        .meeting(MeetingKind.CEREMONY, "--08-23", null, "thành phố Đông Hà", null)
        .agreement(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, AgreementStatus.SIGNED, "--08-23",
            "tỉnh Thừa Thiên Huế", "tỉnh Savannakhet")
        .build();
    Extraction third = article()
        .official(governor, "Tỉnh trưởng")
        .meeting(MeetingKind.TALKS, "--09-26", null, null, null)
        .agreement(AgreementKind.COOPERATION_AGREEMENT, AgreementStatus.SIGNED, "--09-26",
            "Hà Tĩnh", "Savannakhet")
        .build();
    EventIndex index = matcher.newIndex();
    String e1 = index.add("1", first);
    String e2 = index.add("2", second);
    String e3 = index.add("3", third);
    assertEquals(3, List.of(e1, e2, e3).stream().distinct().count());
    // even on one day, another partner province is another signing
    Extraction sameDayOtherPartner = article()
        .official(governor, "Tỉnh trưởng tỉnh Savannakhet")
        .meeting(MeetingKind.CEREMONY, "2022-08-22", null, null, null)
        .agreement(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, AgreementStatus.SIGNED, "2022-08-22",
            "tỉnh Quảng Bình", "tỉnh Savannakhet")
        .build();
    MatchDecision d = matcher.explain("1", first, "4", sameDayOtherPartner);
    assertTrue(has(d, EvidenceKind.DIFFERENT_AGREEMENT), d.toString());
    assertFalse(d.sameEvent());
  }

  @Test
  void sameAmbassadorReceivedByTwoProvinces() {
    Extraction north = article()
        .published("2025-03-22")
        .official("Rajesh Kumar", "Đại sứ đặc mệnh toàn quyền Cộng hòa Ấn Độ tại Việt Nam")
        .official("Hoàng Văn Phúc", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Hà Giang")
        .meeting(MeetingKind.RECEPTION, "2025-03-22", null, "Hà Giang", null)
        .build();
    Extraction centre = article()
        .official("Rajesh Kumar", "Đại sứ đặc mệnh toàn quyền nước Cộng hòa Ấn Độ tại Việt Nam")
        .official("Phạm Đức Toàn", "Bí thư Tỉnh ủy Quảng Trị")
        .meeting(MeetingKind.RECEPTION, null, null, null, null)
        .build();
    MatchDecision d = matcher.explain("north", north, "centre", centre);
    assertFalse(d.anchored());
    assertFalse(d.sameEvent());
  }

  @Test
  void sameChairmanReceivingTwoAmbassadorsOnOneDay() {
    Extraction morning = article()
        .official("Hoàng Văn Phúc", "Chủ tịch UBND tỉnh Hà Giang")
        .official("Nông Thị Mai", "Phó Chủ tịch UBND tỉnh Hà Giang")
        .official("Rajesh Kumar", "Đại sứ Cộng hòa Ấn Độ tại Việt Nam")
        .meeting(MeetingKind.RECEPTION, "--10-29", PartOfDay.MORNING, null, null, null, List.of())
        .build();
    Extraction afternoon = article()
        .official("Hoàng Văn Phúc", "Chủ tịch UBND tỉnh Hà Giang")
        .official("Nông Thị Mai", "Phó Chủ tịch UBND tỉnh Hà Giang")
        .official("Sengphet Vongsa", "Đại sứ Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam")
        .meeting(MeetingKind.RECEPTION, "--10-29", null, null, null, null, List.of())
        .build();
    MatchDecision d = matcher.explain("m", morning, "a", afternoon);
    assertTrue(has(d, EvidenceKind.DIFFERENT_COUNTERPART), d.toString());
    assertFalse(d.sameEvent());
    Extraction afternoonWithPart = article()
        .official("Hoàng Văn Phúc", "Chủ tịch UBND tỉnh Hà Giang")
        .meeting(MeetingKind.RECEPTION, "--10-29", PartOfDay.AFTERNOON, null, null, null, List.of())
        .build();
    assertTrue(has(matcher.explain("m", morning, "p", afternoonWithPart), EvidenceKind.DIFFERENT_PART_OF_DAY));
  }

  @Test
  void aYearlessDayTakesItsYearFromTheArticlesOwnDate() {
    Extraction lastYear = article()
        .official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao").official("Đỗ Thị Lan", "Chủ tịch UBND TPHCM")
        .meeting(MeetingKind.CONFERENCE, "2022-12-13", null, null, null)
        .build();
    Extraction thisYear = article()
        .published("2023-12-14")
        .official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao").official("Đỗ Thị Lan", "Chủ tịch UBND TPHCM")
        .meeting(MeetingKind.CONFERENCE, "--12-13", null, null, null)
        .build();
    MatchDecision d = matcher.explain("2022", lastYear, "2023", thisYear);
    assertTrue(has(d, EvidenceKind.DATE_CONFLICT), d.toString());
    assertFalse(d.sameEvent());
    // published early in January, 13 December is the one of the year before
    Extraction january = article()
        .published("2023-01-02")
        .official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao").official("Đỗ Thị Lan", "Chủ tịch UBND TPHCM")
        .meeting(MeetingKind.CONFERENCE, "--12-13", null, null, null)
        .build();
    MatchDecision j = matcher.explain("2022", lastYear, "jan", january);
    assertTrue(has(j, EvidenceKind.SAME_DATE), j.toString());
    assertTrue(j.sameEvent());
  }

  @Test
  void aNameCutShortIsNotADifferentName() {
    Extraction shortName = article()
        .official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao")
        .meeting(MeetingKind.CONFERENCE, "--06-29", "Hội nghị quán triệt", "Hà Nội", null)
        .document("12-KL/TW").document("169/NQ-CP")
        .build();
    Extraction longName = article()
        .official("Lê Minh Khoa", "Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Ngoại giao")
        .official("Phạm Thu Hà", "Phó Chủ tịch UBND tỉnh Ninh Bình")
        .meeting(MeetingKind.CONFERENCE, "--06-29", "Hội nghị quán triệt và triển khai Kết luận số 12-KL/TW về công tác "
            + "người Việt Nam ở nước ngoài", null, null)
        .document("12-KL/TW").document("169/NQ-CP")
        .build();
    MatchDecision d = matcher.explain("short", shortName, "long", longName);
    assertFalse(has(d, EvidenceKind.DIFFERENT_NAME), d.toString());
    assertTrue(d.sameEvent(), d.toString());
    // another conference's name on the same day still counts against
    Extraction other = article()
        .official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao")
        .meeting(MeetingKind.CONFERENCE, "--06-29", "Hội nghị tổng kết công tác thông tin đối ngoại", null, null)
        .build();
    assertTrue(has(matcher.explain("long", longName, "other", other), EvidenceKind.DIFFERENT_NAME));
  }

  @Test
  void aNamesakeWithOtherOfficesIsNotASharedOfficial() {
    Extraction a = article()
        .official("Nguyễn Văn Sơn", "Chủ tịch UBND tỉnh Hà Giang")
        .meeting(MeetingKind.CONFERENCE, "--06-29", null, null, null)
        .build();
    Extraction b = article()
        .official("Nguyễn Văn Sơn", "Giám đốc Sở Y tế tỉnh Cà Mau")
        .meeting(MeetingKind.CONFERENCE, "--06-29", null, null, null)
        .build();
    MatchDecision d = matcher.explain("a", a, "b", b);
    assertTrue(has(d, EvidenceKind.POSITION_CONFLICT));
    assertFalse(has(d, EvidenceKind.SHARED_OFFICIAL));
  }

  @Test
  void anArticleWithoutMeetingIsItsOwnEvent() {
    EventIndex index = matcher.newIndex();
    String id = index.add("opinion.txt", article().official("Lê Minh Khoa", "Bộ trưởng Bộ Ngoại giao").build());
    assertEquals("article-opinion", id);
    assertEquals(1, index.events().size());
    assertEquals(null, index.events().get(0).meeting());
  }

  @Test
  void addingAnArticleTwiceFailsAndUnknownArticlesCannotBeExplained() {
    EventIndex index = matcher.newIndex();
    index.add("a.txt", cityPaper());
    DoingoaiException dup = assertThrows(DoingoaiException.class, () -> index.add("a.txt", portal()));
    assertEquals(ErrorKind.BAD_ARGUMENT, dup.kind());
    assertThrows(DoingoaiException.class, () -> index.explain("a.txt", "b.txt"));
    assertEquals(1, index.size());
  }

  @Test
  void eventIdsStayUniqueWhenKindDateAndArticleRepeat() {
    EventIndex index = matcher.newIndex();
    Extraction x = article().meeting(MeetingKind.SEMINAR, "--03-01", null, null, null).build();
    String a = index.add("dir1/a.txt", x);
    String b = index.add("dir2/a.txt", x);
    // no anchor beyond the day: two seminars
    assertNotEquals(a, b);
    assertTrue(b.startsWith("seminar-03-01-"), b);
  }
}

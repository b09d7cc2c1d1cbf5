package io.github.doingoai.internal.extract.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.doingoai.Doingoai;
import io.github.doingoai.Extractor;
import io.github.doingoai.model.Agreement;
import io.github.doingoai.model.AgreementKind;
import io.github.doingoai.model.AgreementStatus;
import io.github.doingoai.model.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Agreement constructions of Vietnamese news, written for these tests. */
class AgreementExtractorTest {

  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Doingoai.extractor().build();
  }

  private static List<Agreement> agreements(String text) {
    return extractor.extract(text).agreements();
  }

  private static Agreement only(String text) {
    List<Agreement> a = agreements(text);
    assertEquals(1, a.size(), () -> "expected one agreement in: " + text + " got " + a);
    return a.get(0);
  }

  @Test
  void anMouSignedByAProvinceAndAForeignRegion() {
    Agreement a = only("Sáng 12/10, tại thành phố Huế, UBND tỉnh Thừa Thiên Huế và chính quyền tỉnh Gyeongsang Bắc "
        + "(Hàn Quốc) đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2023-2028.");
    assertEquals(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, a.kind());
    assertEquals(AgreementStatus.SIGNED, a.status());
    assertEquals(PartialDate.ofMonthDay(10, 12), a.date());
    assertEquals(List.of("UBND tỉnh Thừa Thiên Huế", "chính quyền tỉnh Gyeongsang Bắc"), a.parties());
    assertEquals(PartialDate.ofYear(2023), a.period().start());
    assertEquals(PartialDate.ofYear(2028), a.period().end());
    assertEquals("a1", a.id());
  }

  @Test
  void partiesAfterGiuaAreTheBodiesBound() {
    Agreement a = only("Ngày 8/9, Lễ ký kết Thỏa thuận hợp tác giữa tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) "
        + "đã diễn ra tại thành phố Lào Cai.");
    assertEquals(AgreementKind.COOPERATION_AGREEMENT, a.kind());
    assertEquals(AgreementStatus.SIGNED, a.status());
    assertEquals(PartialDate.ofMonthDay(9, 8), a.date());
    assertEquals(List.of("tỉnh Lào Cai", "tỉnh Vân Nam"), a.parties());
    assertEquals("Thỏa thuận hợp tác", a.title());
  }

  @Test
  void aCeremonyWithSeveralDocumentsGivesOneAgreementEach() {
    List<Agreement> a = agreements("Chiều 20/11, tại Hà Nội, hai bên đã ký Biên bản ghi nhớ về hợp tác giáo dục "
        + "và Chương trình phối hợp công tác giai đoạn 2024-2026.");
    assertEquals(List.of(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, AgreementKind.COOPERATION_PROGRAMME),
        a.stream().map(Agreement::kind).toList());
    assertTrue(a.stream().allMatch(x -> x.status() == AgreementStatus.SIGNED));
    assertEquals(List.of("a1", "a2"), a.stream().map(Agreement::id).toList());
  }

  @Test
  void aSigningUnderAProposalIsAProposal() {
    Agreement a = only("Chủ tịch UBND tỉnh đề xuất hai bên sớm ký kết Biên bản ghi nhớ hợp tác trong lĩnh vực nông nghiệp.");
    assertEquals(AgreementStatus.PROPOSED, a.status());
    assertNull(a.date());
  }

  @Test
  void aSigningStillToComeIsAProposal() {
    Agreement a = only("Ngày 3/4, lãnh đạo hai tỉnh cho biết trong thời gian tới, hai tỉnh sẽ ký kết Thỏa thuận hợp tác giai đoạn mới.");
    assertEquals(AgreementStatus.PROPOSED, a.status());
    assertNull(a.date(), "a proposal has no signing date");
  }

  @Test
  void continuingToCarryOutAnAgreementRefersToIt() {
    Agreement a = only("Hai bên thống nhất tiếp tục triển khai hiệu quả Quy chế phối hợp giữa Tỉnh ủy Bắc Ninh "
        + "và Đảng ủy Bộ Công Thương; trong đó chú trọng công tác cán bộ.");
    assertEquals(AgreementKind.COORDINATION_REGULATION, a.kind());
    assertEquals(AgreementStatus.REFERENCED, a.status());
    assertEquals(List.of("Tỉnh ủy Bắc Ninh", "Đảng ủy Bộ Công Thương"), a.parties());
    assertNull(a.date());
  }

  @Test
  void aReferencedAgreementKeepsTheSigningDateTheTextGives() {
    Agreement a = only("Sáng 15/4, tại tỉnh Đắk Lắk, Ủy ban nhân dân tỉnh tổ chức Hội nghị sơ kết 2 năm thực hiện "
        + "thỏa thuận hợp tác giữa Đắk Lắk và Mondulkiri (được ký kết ngày 20/03/2021).");
    assertEquals(AgreementStatus.REFERENCED, a.status());
    assertEquals(PartialDate.of(2021, 3, 20), a.date());
    assertEquals(List.of("Đắk Lắk", "Mondulkiri"), a.parties());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Thành phố tiếp tục triển khai hiệu quả các thỏa thuận quốc tế đã ký với đối tác.",
      "Tỉnh thúc đẩy thực hiện các chương trình hợp tác song phương, đa phương.",
      "Địa phương tranh thủ tối đa các cam kết, thỏa thuận quốc tế để phát triển.",
      "Sở Ngoại vụ rà soát những biên bản ghi nhớ đã ký kết với các địa phương nước ngoài.",
      "Tỉnh ủy tập trung triển khai Chương trình hành động của Tỉnh ủy về thực hiện Chỉ thị của Bộ Chính trị.",
      "Bí thư Tỉnh ủy đề nghị thường xuyên sơ kết, rút kinh nghiệm để bổ sung, nâng cao chương trình hợp tác chất lượng hơn.",
      "Hai địa phương kết nghĩa từ lâu nên có nhiều điểm tương đồng.",
      "Nhân dịp này, các doanh nghiệp hai nước đã ký kết 12 biên bản ghi nhớ hợp tác.",
      "Tại diễn đàn, các đối tác đã ký ba thỏa thuận về đầu tư và thương mại.",
      "Hai bên đã thỏa thuận về thời gian tổ chức đoàn công tác.",
  })
  void genericOrPluralMentionsGiveNothing(String sentence) {
    assertEquals(List.of(), agreements(sentence), sentence);
  }

  @Test
  void signingAReportOnAnAgreementDoesNotSignTheAgreement() {
    Agreement a = only("Kết thúc hội nghị, lãnh đạo hai tỉnh đã ký kết Báo cáo sơ kết 1 năm thực hiện Thỏa thuận hợp tác.");
    assertEquals(AgreementStatus.REFERENCED, a.status());
  }

  @Test
  void twoNamesOfOneTextAreOneAgreement() {
    String text = """
        Hội nghị ký kết Quy chế hợp tác giữa Tỉnh ủy Nghệ An và Ban Cán sự Đảng Bộ Tư pháp thể hiện trách nhiệm của hai bên.

        Ngày 14/5, tại thành phố Vinh, Hội nghị ký kết Quy chế phối hợp giữa Ban Thường vụ Tỉnh ủy Nghệ An và Ban Cán sự Đảng Bộ Tư pháp đã được tổ chức.

        Theo nội dung Quy chế, hai bên phối hợp tham mưu chính sách; trao đổi thông tin định kỳ; hỗ trợ đào tạo cán bộ.
        """;
    Agreement a = only(text);
    assertEquals(AgreementStatus.SIGNED, a.status());
    assertEquals(PartialDate.ofMonthDay(5, 14), a.date());
    assertEquals(List.of("Ban Thường vụ Tỉnh ủy Nghệ An", "Ban Cán sự Đảng Bộ Tư pháp"), a.parties());
    assertEquals(List.of("hai bên phối hợp tham mưu chính sách", "trao đổi thông tin định kỳ", "hỗ trợ đào tạo cán bộ"),
        a.provisions());
    assertEquals(2, a.evidence().size());
  }

  @Test
  void membersOfACountedGroupArePartiesEach() {
    Agreement a = only("Ngày 2/12, UBND tỉnh An Giang ký kết biên bản hợp tác với 2 tỉnh của Vương quốc Campuchia "
        + "gồm Takeo và Kampot nhằm thúc đẩy thương mại biên giới.");
    assertEquals(List.of("UBND tỉnh An Giang", "Takeo", "Kampot"), a.parties());
  }

  @Test
  void aCountedGroupIsResolvedToTheProvincesNamedAround() {
    Agreement a = only("Trong khuôn khổ chuyến thăm của đoàn đại biểu tỉnh Attapeu tới tỉnh Kon Tum, chiều 5/6, "
        + "2 tỉnh đã ký kết Biên bản ghi nhớ hợp tác.");
    assertEquals(List.of("tỉnh Attapeu", "tỉnh Kon Tum"), a.parties());
    assertEquals(PartialDate.ofMonthDay(6, 5), a.date());
  }

  @Test
  void aCountedGroupOfProvincesLeavesOtherPlacesOut() {
    Agreement a = only("Sáng 7/7, tại phường Tân An, 2 tỉnh Long An và Svay Rieng đã ký kết Biên bản ghi nhớ hợp tác "
        + "giữa tỉnh Long An và tỉnh Svay Rieng.");
    assertEquals(List.of("tỉnh Long An", "tỉnh Svay Rieng"), a.parties());
    Agreement b = only("Sáng 7/7, tại phường Tân An, lãnh đạo tỉnh Long An tiếp đoàn tỉnh Svay Rieng; "
        + "chiều cùng ngày, 2 tỉnh đã ký kết Biên bản ghi nhớ hợp tác.");
    assertEquals(List.of("tỉnh Long An", "tỉnh Svay Rieng"), b.parties());
  }

  @Test
  void aCountThatDoesNotMatchTheNamesGivesNoParties() {
    Agreement a = only("Chiều 5/6, tại tỉnh Kon Tum, 3 tỉnh đã ký kết Biên bản ghi nhớ hợp tác.");
    assertEquals(List.of(), a.parties());
  }

  @Test
  void aProposedTwinningNamesBothLocalities() {
    Agreement a = only("Bí thư Tỉnh ủy đề nghị Đại sứ quan tâm thúc đẩy đầu tư; ủng hộ bang Kerala hợp tác, "
        + "kết nghĩa với tỉnh Bình Định.");
    assertEquals(AgreementKind.TWINNING, a.kind());
    assertEquals(AgreementStatus.PROPOSED, a.status());
    assertEquals(List.of("bang Kerala", "tỉnh Bình Định"), a.parties());
  }

  @Test
  void aHeadSharedByAListLeavesTheNamesBare() {
    Agreement a = only("Ngày 9/8, Đoàn đại biểu cấp cao tỉnh Hà Tĩnh và Bolikhamxay (Lào) đã hội đàm và ký biên bản hội đàm.");
    assertEquals(AgreementKind.COOPERATION_AGREEMENT, a.kind());
    assertEquals(List.of("Hà Tĩnh", "Bolikhamxay"), a.parties());
  }

  @Test
  void theOfficialsWhoHandItOverAreItsSignatories() {
    String text = "Ngày 14/5, Ban Thường vụ Tỉnh ủy Nghệ An và Ban Cán sự Đảng Bộ Tư pháp tổ chức hội nghị ký kết "
        + "Quy chế phối hợp giữa hai bên.\n\n"
        + "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An Hoàng Minh Tuấn và Bộ trưởng Bộ Tư pháp Đỗ Thanh Bình "
        + "trao Quy chế phối hợp.";
    Agreement a = only(text);
    assertEquals(List.of("Ban Thường vụ Tỉnh ủy Nghệ An", "Ban Cán sự Đảng Bộ Tư pháp"), a.parties());
    assertEquals(List.of("Hoàng Minh Tuấn", "Đỗ Thanh Bình"), a.signatories());
  }

  @Test
  void aSpeakerWhoPraisesTheSigningDoesNotSignIt() {
    Agreement a = only("Phát biểu tại hội nghị, Bí thư Tỉnh ủy Hoàng Minh Tuấn đánh giá cao việc ký kết Quy chế phối hợp "
        + "giữa Tỉnh ủy Nghệ An và Ban Cán sự Đảng Bộ Tư pháp.");
    assertEquals(List.of(), a.signatories());
  }

  @Test
  void aDayWithoutYearTakesTheYearOfTheReferenceDate() {
    Agreement a = extractor.extract("Sáng 5/6, tại Đà Nẵng, UBND thành phố Đà Nẵng và thành phố Daegu ký kết "
        + "Biên bản ghi nhớ hợp tác.", LocalDate.of(2024, 6, 10)).agreements().get(0);
    assertEquals(PartialDate.of(2024, 6, 5), a.date());
  }

  @Test
  void aSigningToldWithoutItsDayTakesTheDayOfItsMeeting() {
    String text = "Sáng 18/3, tại thành phố Cần Thơ, UBND thành phố Cần Thơ tổ chức Lễ ký kết hợp tác với tỉnh Kagoshima.\n\n"
        + "Tại buổi lễ, lãnh đạo hai bên đã ký kết Biên bản ghi nhớ hợp tác trong lĩnh vực nông nghiệp và du lịch.";
    Agreement a = only(text);
    assertEquals(AgreementStatus.SIGNED, a.status());
    assertEquals(PartialDate.ofMonthDay(3, 18), a.date());
  }

  @Test
  void aTextAboutEstablishingFriendshipIsTheMemorandumNotASecondAgreement() {
    Agreement a = only("Nhân dịp chuyến thăm, hai bên đã trao Biên bản ghi nhớ về thiết lập quan hệ hữu nghị và hợp tác "
        + "giữa tỉnh Bắc Giang và tỉnh Chungcheongbuk (Hàn Quốc).");
    assertEquals(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, a.kind());
    assertEquals(List.of("tỉnh Bắc Giang", "tỉnh Chungcheongbuk"), a.parties());
  }

  @Test
  void aSigningTheArticleRecallsIsAReferenceWithItsDate() {
    String text = "Sáng 4/10, tỉnh Bắc Giang đón đoàn đại biểu tỉnh Chungcheongbuk và tỉnh Gangwon.\n\n"
        + "Trước đó, ngày 10/5/2019, hai tỉnh đã ký Thỏa thuận hợp tác về giao lưu thanh niên.";
    Agreement a = only(text);
    assertEquals(AgreementStatus.REFERENCED, a.status());
    assertEquals(PartialDate.of(2019, 5, 10), a.date());
  }

  @Test
  void theProvincesOfTheSentenceBeforeResolveACountedGroup() {
    String text = "Chiều 4/10, lãnh đạo tỉnh Bắc Giang tiếp đoàn công tác tỉnh Chungcheongbuk.\n\n"
        + "Trước đó, ngày 10/5/2019, hai tỉnh đã ký Thỏa thuận hợp tác về giao lưu thanh niên.";
    assertEquals(List.of("tỉnh Bắc Giang", "tỉnh Chungcheongbuk"), only(text).parties());
  }

  @Test
  void whatWasSignedInsideAnAgreementOnlyRefersToIt() {
    Agreement a = only("Hai bên nhất trí tiếp tục thực hiện tốt các nội dung đã ký kết trong Biên bản hội đàm năm 2023.");
    assertEquals(AgreementStatus.REFERENCED, a.status());
    assertEquals(PartialDate.ofYear(2023), a.date());
  }

  @Test
  void aProposalIsNotTheAgreementAlreadySigned() {
    String text = "Ngày 6/3, UBND tỉnh Bắc Giang và tỉnh Chungcheongbuk đã ký kết Biên bản ghi nhớ hợp tác.\n\n"
        + "Tỉnh Bắc Giang mong muốn sớm ký kết Bản ghi nhớ hợp tác với thành phố Gumi trong lĩnh vực đào tạo nghề.";
    List<Agreement> a = agreements(text);
    assertEquals(List.of(AgreementStatus.SIGNED, AgreementStatus.PROPOSED), a.stream().map(Agreement::status).toList());
    assertEquals(List.of("Tỉnh Bắc Giang", "thành phố Gumi"), a.get(1).parties());
  }

  @Test
  void askingToDraftAPlanIsNoProposedAgreement() {
    assertEquals(List.of(), agreements("Đồng chí Bí thư đề nghị các sở, ngành xây dựng kế hoạch phối hợp cụ thể."));
  }

  @Test
  void aPartyMayBeNamedByACuratedPlaceAlone() {
    Agreement a = only("Ngày 16/4, TP.HCM và tỉnh Kagoshima (Nhật Bản) đã ký kết Biên bản ghi nhớ hợp tác.");
    assertEquals(List.of("TP.HCM", "tỉnh Kagoshima"), a.parties());
  }

  @Test
  void aTwinningCeremonyIsASigning() {
    Agreement a = only("Sáng 2/9, Lễ kết nghĩa giữa xã Tân Hòa và xã Phước Lộc đã diễn ra tại nhà văn hóa xã.");
    assertEquals(AgreementKind.TWINNING, a.kind());
    assertEquals(AgreementStatus.SIGNED, a.status());
  }

  @Test
  void anAnniversaryOfATwinningRefersToIt() {
    Agreement a = only("Hai tỉnh tổ chức lễ kỷ niệm 30 năm kết nghĩa giữa tỉnh Quảng Nam và tỉnh Sekong.");
    assertEquals(AgreementKind.TWINNING, a.kind());
    assertEquals(AgreementStatus.REFERENCED, a.status());
    assertEquals(List.of("tỉnh Quảng Nam", "tỉnh Sekong"), a.parties());
  }

  @Test
  void companiesSigningAnMouAreItsParties() {
    Agreement a = only("Dịp này, Công ty Cổ phần Cảng Quy Nhơn cũng đã ký MOU với Tập đoàn Logistics Champasak về vận tải.");
    assertEquals(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, a.kind());
    assertEquals(List.of("Công ty Cổ phần Cảng Quy Nhơn", "Tập đoàn Logistics Champasak"), a.parties());
  }

  @Test
  void agreeingToStudyATwinningProposesIt() {
    Agreement a = only("Hai bên cũng nhất trí sẽ nghiên cứu thiết lập quan hệ hữu nghị và hợp tác giữa thành phố Đà Lạt "
        + "và thành phố Kawasaki.");
    assertEquals(AgreementKind.TWINNING, a.kind());
    assertEquals(AgreementStatus.PROPOSED, a.status());
    assertEquals(List.of("thành phố Đà Lạt", "thành phố Kawasaki"), a.parties());
  }

  @Test
  void evidenceSpansPointIntoTheOriginalText() {
    String text = "Ngày 1/7,  UBND tỉnh Cao Bằng   và chính quyền khu tự trị Quảng Tây ký kết  Biên bản hội đàm.";
    Agreement a = only(text);
    a.evidence().forEach(s -> assertEquals(text.substring(s.start(), s.end()), s.text()));
    assertEquals("Biên bản hội đàm", a.evidence().get(0).text());
  }
}

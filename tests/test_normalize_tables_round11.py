"""Round 11: space-aligned tables whose header does not line up with the cells the simple way —
a rule line under the header ("---  -------"), rules drawn round the table, columns as wide as
their widest cell (two spaces between columns), right-aligned numbers under a wider header —
become " | " rows, the rule lines dropped; letterheads with their underlines, prose and signature
blocks stay as they are. Made-up tables of other sectors."""

from __future__ import annotations

import pytest

from pipeline.normalize import normalize_text
from pipeline.tables import align_tables

LAYOUTS = [
    (  # a dashed rule under the header: each column exactly as wide as its widest cell
        "STT  Đơn vị                        Điểm số  Xếp loại  Hình thức đề nghị\n"
        "---  ----------------------------  -------  --------  ------------------------------\n"
        "1    Cục Hải quan tỉnh Lào Cai        96,5      1     Cờ thi đua của Bộ Tài chính\n"
        "2    Cục Hải quan tỉnh Lạng Sơn       95,0      2     Bằng khen của Bộ trưởng Bộ Tài chính",
        ["STT | Đơn vị | Điểm số | Xếp loại | Hình thức đề nghị",
         "1 | Cục Hải quan tỉnh Lào Cai | 96,5 | 1 | Cờ thi đua của Bộ Tài chính",
         "2 | Cục Hải quan tỉnh Lạng Sơn | 95,0 | 2 | Bằng khen của Bộ trưởng Bộ Tài chính"]),
    (  # a rule of equals signs, numbers right-aligned against the rule's end
        "TT   Tên tập thể                      Tổng điểm   Đề nghị\n"
        "===  ===============================  ==========  ==========================\n"
        "1    Trường THPT Nguyễn Du                 97,25  Cờ thi đua của UBND tỉnh\n"
        "2    Trường THPT Lê Quý Đôn                95,50  Bằng khen của Chủ tịch UBND tỉnh",
        ["TT | Tên tập thể | Tổng điểm | Đề nghị",
         "1 | Trường THPT Nguyễn Du | 97,25 | Cờ thi đua của UBND tỉnh",
         "2 | Trường THPT Lê Quý Đôn | 95,50 | Bằng khen của Chủ tịch UBND tỉnh"]),
    (  # full-width rules above and below the header and under the table
        "Kết quả bình xét như sau:\n"
        "------------------------------------------------------------------------\n"
        "STT  Đơn vị                        Điểm số  Xếp loại  Đề nghị\n"
        "------------------------------------------------------------------------\n"
        "1    Bảo hiểm xã hội huyện Đông Anh   96,5      1     Cờ thi đua của Giám đốc\n"
        "2    Bảo hiểm xã hội huyện Sóc Sơn    95,0      2     Giấy khen của Giám đốc\n"
        "------------------------------------------------------------------------\n"
        "Hội nghị nhất trí 100%.",
        ["Kết quả bình xét như sau:",
         "STT | Đơn vị | Điểm số | Xếp loại | Đề nghị",
         "1 | Bảo hiểm xã hội huyện Đông Anh | 96,5 | 1 | Cờ thi đua của Giám đốc",
         "2 | Bảo hiểm xã hội huyện Sóc Sơn | 95,0 | 2 | Giấy khen của Giám đốc",
         "Hội nghị nhất trí 100%."]),
    (  # a header straddling the rows' gaps over a full-width rule: read by its cells' count
        "TT  Đơn vị thực hiện            Số sáng kiến được công nhận   Xếp loại\n"
        "--------------------------------------------------------------------\n"
        "1   Công ty Điện lực Hưng Yên                             12   Xuất sắc\n"
        "2   Công ty Điện lực Thái Bình và Hải Dương                9   Tốt",
        ["TT | Đơn vị thực hiện | Số sáng kiến được công nhận | Xếp loại",
         "1 | Công ty Điện lực Hưng Yên | 12 | Xuất sắc",
         "2 | Công ty Điện lực Thái Bình và Hải Dương | 9 | Tốt"]),
    (  # no rule: every column as wide as its widest cell plus two spaces
        "STT  Đơn vị                     Điểm  Đề nghị\n"
        "1    Sở Tư pháp tỉnh Hà Nam     95,5  Bằng khen\n"
        "10   Sở Tư pháp tỉnh Nam Định   93,0  Giấy khen",
        ["STT | Đơn vị | Điểm | Đề nghị",
         "1 | Sở Tư pháp tỉnh Hà Nam | 95,5 | Bằng khen",
         "10 | Sở Tư pháp tỉnh Nam Định | 93,0 | Giấy khen"]),
    (  # numbers wider than their header, right-aligned
        "TT  Đơn vị                    Điểm  Hạng  Đề nghị\n"
        "1   Trung tâm Y tế huyện A   100,00    1   Cờ thi đua của UBND tỉnh\n"
        "2   Trung tâm Y tế huyện B    98,75    2   Bằng khen của Chủ tịch UBND tỉnh",
        ["TT | Đơn vị | Điểm | Hạng | Đề nghị",
         "1 | Trung tâm Y tế huyện A | 100,00 | 1 | Cờ thi đua của UBND tỉnh",
         "2 | Trung tâm Y tế huyện B | 98,75 | 2 | Bằng khen của Chủ tịch UBND tỉnh"]),
    (  # a header over two lines, its second line in lower case, over a rule
        "STT  Đơn vị                       Điểm        Điểm        Đề nghị\n"
        "                                  tự chấm     thẩm định   khen thưởng\n"
        "---  ---------------------------  ----------  ----------  -----------------------------\n"
        "1    Chi cục Thuế khu vực Bắc Hà     95,5        94,0     Bằng khen của Tổng cục trưởng\n"
        "2    Chi cục Thuế khu vực Nam Hà     93,0        92,5     Giấy khen của Cục trưởng",
        ["STT | Đơn vị | Điểm tự chấm | Điểm thẩm định | Đề nghị khen thưởng",
         "1 | Chi cục Thuế khu vực Bắc Hà | 95,5 | 94,0 | Bằng khen của Tổng cục trưởng",
         "2 | Chi cục Thuế khu vực Nam Hà | 93,0 | 92,5 | Giấy khen của Cục trưởng"]),
]


@pytest.mark.parametrize(("text", "rows"), LAYOUTS)
def test_tables_with_rules_and_wide_cells_become_rows(text: str, rows: list[str]) -> None:
    assert align_tables(text).split("\n") == rows


UNCHANGED = [
    # a letterhead with the underlines under the agency and the motto
    "BỘ TÀI CHÍNH                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "CỤC HẢI QUAN TỈNH LÀO CAI                 Độc lập - Tự do - Hạnh phúc\n"
    "   -------------                          ---------------------------\n"
    "Số: 215/QĐ-HQLC                          Lào Cai, ngày 10 tháng 12 năm 2029",
    # underlines under a letterhead without the motto, then prose
    "SỞ Y TẾ TỈNH PHÚ YÊN\n   ----------\n\nCác đơn vị trong Khối đã  hoàn thành nhiệm vụ.",
    # a rule separating two paragraphs of justified prose
    "Các đơn vị trong Cụm đã  triển khai nhiều phong trào thi đua sôi nổi, thiết thực\n"
    "----------\n"
    "và hiệu quả; công tác  khen thưởng được thực hiện kịp thời, đúng người.",
    # addressees beside the signature, a rule under the signer's title
    "Nơi nhận:                         TM. BAN THI ĐUA\n"
    "- Như trên;                       TRƯỞNG BAN\n"
    "                                  ----------\n"
    "- Lưu: VT.                        (đã ký)",
    # two short lines of two names each apart by two spaces (a dash lost), a rule under them
    "Hà Tĩnh  Nghệ An: 2-1\nQuảng Trị  Huế: 0-0\n-----------",
    # a rule line alone, and rules round a paragraph
    "=====\nHội nghị kết thúc lúc 11 giờ  cùng ngày.\n=====",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_letterheads_prose_and_signatures_with_rules_stay_as_they_are(text: str) -> None:
    assert align_tables(text) == text


def test_the_header_over_a_rule_reaches_the_stored_text() -> None:
    text = ("Kết quả chấm điểm:\n\nTT  Đơn vị                 Điểm  Đề nghị\n"
            "--  ---------------------  ----  ------------------\n"
            "1   Kho bạc huyện Mê Linh  98,0  Cờ thi đua của Bộ\n"
            "2   Kho bạc huyện Ba Vì    96,5  Bằng khen của Bộ")
    assert normalize_text(text).split("\n")[2:] == [
        "TT | Đơn vị | Điểm | Đề nghị", "1 | Kho bạc huyện Mê Linh | 98,0 | Cờ thi đua của Bộ",
        "2 | Kho bạc huyện Ba Vì | 96,5 | Bằng khen của Bộ"]


LOOSE = [
    (  # a header without a label over the numbers, centred by hand over wider columns
        "          Tên đơn vị             Điểm     Đề nghị khen thưởng\n"
        "   1     Sở Giáo dục tỉnh Ninh Thuận         99     Cờ thi đua của Bộ\n"
        "   2     Sở Giáo dục tỉnh Bình Thuận         97     Bằng khen của Bộ trưởng",
        [" | Tên đơn vị | Điểm | Đề nghị khen thưởng",
         "1 | Sở Giáo dục tỉnh Ninh Thuận | 99 | Cờ thi đua của Bộ",
         "2 | Sở Giáo dục tỉnh Bình Thuận | 97 | Bằng khen của Bộ trưởng"]),
    (  # a numbered row whose name is wider than its column pushes the next cells right
        "TT  Đơn vị                              Nhiệm vụ         Ghi chú\n"
        "1   Chi cục Thủy sản tỉnh Cà Mau         Cụm trưởng       có mặt\n"
        "2   Chi cục Thủy sản tỉnh Bạc Liêu       Cụm phó          có mặt\n"
        "3   Chi cục Thủy sản và Kiểm ngư tỉnh Sóc Trăng  Thành viên   vắng",
        ["TT | Đơn vị | Nhiệm vụ | Ghi chú",
         "1 | Chi cục Thủy sản tỉnh Cà Mau | Cụm trưởng | có mặt",
         "2 | Chi cục Thủy sản tỉnh Bạc Liêu | Cụm phó | có mặt",
         "3 | Chi cục Thủy sản và Kiểm ngư tỉnh Sóc Trăng | Thành viên | vắng"]),
]


@pytest.mark.parametrize(("text", "rows"), LOOSE)
def test_a_header_or_row_that_does_not_line_up_is_placed_over_the_columns(text: str, rows: list[str]) -> None:
    assert align_tables(text).split("\n") == rows


def test_a_caption_over_a_table_without_header_stays_a_caption() -> None:
    text = ("Bảng 2. Kết quả chấm điểm               Đơn vị tính: điểm\n"
            "1     Phòng Cảnh sát giao thông           95,0      Bằng khen của Giám đốc\n"
            "2     Phòng Cảnh sát cơ động              93,5      Giấy khen của Trưởng phòng")
    assert align_tables(text).split("\n")[0] == "Bảng 2. Kết quả chấm điểm               Đơn vị tính: điểm"


def test_a_line_under_a_numbered_table_that_is_not_its_next_row_stays_as_it_is() -> None:
    table = ("TT  Đơn vị                              Nhiệm vụ\n"
             "1   Chi cục Thủy sản tỉnh Cà Mau         Cụm trưởng\n"
             "2   Chi cục Thủy sản tỉnh Bạc Liêu       Cụm phó\n")
    for after in ("Hội nghị  thống nhất như trên.", "5.  Các đơn vị còn lại  là thành viên."):
        assert align_tables(table + after).split("\n")[-1] == after

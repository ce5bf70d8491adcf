<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../ui/widgets.py" line="27"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="30"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="40"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="41"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="37"/>
        <source>Nhập danh sách người tham dự</source>
        <translation>Import the list of attendees</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="42"/>
        <source>Chọn tệp Excel (.xlsx) hoặc CSV (.csv)…</source>
        <translation>Choose an Excel (.xlsx) or CSV (.csv) file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="43"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <source>Đơn vị / Cơ quan</source>
        <translation>Unit / Organization</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="57"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="57"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="57"/>
        <source>Lưu ý</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="64"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="66"/>
        <source>Thêm vào danh sách</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="81"/>
        <source>Chọn danh sách</source>
        <translation>Choose a list</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="81"/>
        <source>Danh sách (*.xlsx *.csv);;Tất cả (*)</source>
        <translation>Lists (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="95"/>
        <source>Không đọc được tệp. Không có gì được thêm.</source>
        <translation>The file could not be read. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="103"/>
        <source>Có {0} lỗi: sửa tệp rồi chọn lại. Chưa thêm ai.</source>
        <translation>{0} errors: correct the file and choose it again. Nobody was added.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="106"/>
        <source>Sẽ thêm {0} người.</source>
        <translation>{0} people will be added.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="108"/>
        <source>{0} người có thể đã có trong danh sách (tô vàng).</source>
        <translation>{0} may already be on the list (highlighted in yellow).</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="111"/>
        <source>Thêm {0} người</source>
        <translation>Add {0} people</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="122"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="123"/>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="124"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Chuẩn bị</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Đăng ký đại biểu</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>điểm danh tại cửa (tìm theo tên, quét mã QR trên thẻ), người đến thay, số có mặt và điều kiện hợp lệ theo thời gian thực, màn chiếu chào mừng.</source>
        <translation>check-in at the door (search by name, scan the badge&apos;s QR code), substitutes, live attendance and quorum, a welcome screen for the projector.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Suy tôn</source>
        <translation>Acclamation vote</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>in phiếu, nhập phiếu nhanh bằng bàn phím, kiểm phiếu theo tỷ lệ và số danh hiệu, bầu vòng hai khi bằng phiếu, biên bản kiểm phiếu, kết quả trên màn chiếu.</source>
        <translation>printed ballots, fast keyboard ballot entry, counting with the threshold and the number of titles, a second round after a tie, the counting minutes, results on the projector.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Bầu cụm trưởng – cụm phó</source>
        <translation>Cluster head and deputy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>đề xuất theo thứ tự luân phiên, phiếu đồng ý / không đồng ý hoặc bầu tự do, bầu lại giữa hai đơn vị dẫn đầu.</source>
        <translation>a proposal by rotation, approve / not approve ballots or an open election, a runoff between the two leading units.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Giao ước thi đua</source>
        <translation>Emulation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>soạn bản giao ước thi đua năm sau từ các nhiệm vụ trọng tâm, in với khối chữ ký của từng đơn vị, theo dõi việc ký kết.</source>
        <translation>next year&apos;s emulation agreement drafted from the key tasks, printed with every unit&apos;s signature block, and the signing tracked.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>In ấn</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>danh sách đại biểu, thẻ đại biểu, phiếu bầu, biên bản kiểm phiếu, kết quả hội nghị.</source>
        <translation>the delegate list, badges, ballots, counting minutes, the conference results.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Hội nghị &amp;mới…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>&amp;Mở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Mở hội nghị mẫu</source>
        <translation>Open the demo meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>&amp;Lưu bản sao thành…</source>
        <translation>&amp;Save a copy as…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Đó&amp;ng hội nghị</source>
        <translation>&amp;Close meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Màn &amp;chiếu</source>
        <translation>&amp;Projector</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Giới thiệu ThiDua</source>
        <translation>About ThiDua</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Hiện trên màn hình {0} ({1}×{2})</source>
        <translation>Show on screen {0} ({1}×{2})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Tắt màn chiếu (Esc trên màn chiếu)</source>
        <translation>Turn the projector off (Esc on the projector)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Mã kiểm tra nhật ký: {0}</source>
        <translation>Audit log code: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Không mở được tệp hội nghị</source>
        <translation>Cannot open the meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Không mở được hội nghị mẫu</source>
        <translation>Cannot open the demo meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Mở tệp hội nghị</source>
        <translation>Open a meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Tạo hội nghị mới</source>
        <translation>Create a new meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>Không tạo được hội nghị</source>
        <translation>Cannot create the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Lưu bản sao</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Không lưu được bản sao</source>
        <translation>Cannot save the copy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Đã lưu bản sao vào {0}</source>
        <translation>Copy saved to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>ThiDua – phần mềm điều hành hội nghị tổng kết cụm thi đua, chạy không cần mạng.</source>
        <translation>ThiDua – runs the year-end conference of an emulation cluster, with no network needed.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../ui/meeting_form.py" line="55"/>
        <source>phải vượt quá tỷ lệ (&gt;), không chỉ bằng (≥)</source>
        <translation>must exceed the ratio (&gt;), not just reach it (≥)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="57"/>
        <source>đơn vị thành viên có mặt</source>
        <translation>member units present</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="58"/>
        <source>người có quyền biểu quyết có mặt</source>
        <translation>voters present</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="60"/>
        <source>Mỗi đơn vị một phiếu (trưởng đoàn bỏ phiếu)</source>
        <translation>One vote per member unit (cast by the head of delegation)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="61"/>
        <source>Mỗi đại biểu một phiếu</source>
        <translation>One vote per delegate</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="64"/>
        <source>ít nhất</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="72"/>
        <source>Cơ quan chủ quản</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="73"/>
        <source>Tên cụm thi đua</source>
        <translation>Cluster name</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="74"/>
        <source>Thành viên của cụm</source>
        <translation>Cluster members</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="75"/>
        <source>Tên hội nghị</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="76"/>
        <source>Năm tổng kết</source>
        <translation>Year reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="77"/>
        <source>Năm giao ước</source>
        <translation>Agreement year</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="78"/>
        <source>Địa điểm tổ chức</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="79"/>
        <source>Địa danh ghi trên văn bản</source>
        <translation>Place in the date line</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="80"/>
        <source>Ngày họp</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="81"/>
        <source>Đơn vị đăng cai</source>
        <translation>Host unit</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="82"/>
        <source>Cụm trưởng năm nay</source>
        <translation>This year&apos;s cluster head</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="83"/>
        <source>Cụm phó năm nay</source>
        <translation>This year&apos;s deputy</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="84"/>
        <source>Tiêu đề cơ quan ban hành
(mỗi dòng một dòng)</source>
        <translation>Issuing body heading
(one line per line)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="85"/>
        <source>Điều kiện hợp lệ (số có mặt)</source>
        <translation>Quorum (attendance)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="87"/>
        <source>Quyền biểu quyết</source>
        <translation>Who votes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="91"/>
        <source>Lưu thông tin hội nghị</source>
        <translation>Save the meeting details</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="131"/>
        <source>(chưa chọn)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="176"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <location filename="../../ui/printing.py" line="62"/>
        <source>Đang tạo {0}…</source>
        <translation>Creating {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="63"/>
        <source>In ấn</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="77"/>
        <source>Không ghi được {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="85"/>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
</context>
<context>
    <name>PeopleController</name>
    <message>
        <location filename="../../ui/people_controller.py" line="65"/>
        <source>Thêm {0}</source>
        <translation>Add {0}</translation>
    </message>
    <message>
        <location filename="../../ui/people_controller.py" line="75"/>
        <source>Sửa {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location filename="../../ui/people_controller.py" line="84"/>
        <source>Xóa {0} người</source>
        <translation>Delete {0} people</translation>
    </message>
    <message>
        <location filename="../../ui/people_controller.py" line="96"/>
        <source>Nhập {0} người từ {1}</source>
        <translation>Import {0} people from {1}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../ui/table_models.py" line="126"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="127"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="128"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="129"/>
        <source>Đơn vị / Cơ quan</source>
        <translation>Unit / Organization</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="130"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="131"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="136"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="137"/>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="138"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/people_view.py" line="40"/>
        <source>Tìm theo tên, chức vụ, đơn vị hoặc mã (gõ không dấu cũng được)</source>
        <translation>Search by name, position, unit or code (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="56"/>
        <source>Thêm người…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="57"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="58"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="60"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="62"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="64"/>
        <source>Nhập từ Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="65"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="81"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="112"/>
        <source>{0} người</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="114"/>
        <source>Hiện {0} trong {1} người</source>
        <translation>Showing {0} of {1} people</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="136"/>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="143"/>
        <source>Xuất danh sách</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="152"/>
        <source>Không xuất được</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="155"/>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="155"/>
        <source>Đã xuất {0} người vào {1}</source>
        <translation>Exported {0} people to {1}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/person_dialog.py" line="30"/>
        <source>Sửa thông tin người tham dự</source>
        <translation>Edit attendee</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="30"/>
        <source>Thêm người tham dự</source>
        <translation>Add attendee</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="37"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="38"/>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="39"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="49"/>
        <source>để trống: tự cấp mã</source>
        <translation>leave empty to assign one</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="53"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="54"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="55"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="56"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="57"/>
        <source>Cơ quan (khách mời)</source>
        <translation>Organization (guests)</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="58"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="59"/>
        <source>Mã (chữ số)</source>
        <translation>Code (digits)</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <location filename="../../ui/placeholder_view.py" line="14"/>
        <source>Phần này chưa có trong phiên bản ThiDua này.</source>
        <translation>This part is not in this version of ThiDua yet.</translation>
    </message>
    <message>
        <location filename="../../ui/placeholder_view.py" line="16"/>
        <source>Khi hoàn thành, tại đây sẽ có: {0}</source>
        <translation>When it is ready, it will offer: {0}</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="21"/>
        <source>ThiDua – Màn chiếu</source>
        <translation>ThiDua – Projector</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../ui/setup_view.py" line="25"/>
        <source>Hội nghị</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/setup_view.py" line="26"/>
        <source>Đơn vị thành viên</source>
        <translation>Member units</translation>
    </message>
    <message>
        <location filename="../../ui/setup_view.py" line="27"/>
        <source>Người tham dự</source>
        <translation>Attendees</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="13"/>
        <source>Chưa mở hội nghị nào.</source>
        <translation>No meeting is open.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="14"/>
        <source>Tạo hội nghị mới…</source>
        <translation>Create a new meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="15"/>
        <source>Mở tệp hội nghị…</source>
        <translation>Open a meeting file…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="16"/>
        <source>Mở hội nghị mẫu</source>
        <translation>Open the demo meeting</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/unit_dialog.py" line="21"/>
        <source>Sửa đơn vị</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.py" line="21"/>
        <source>Thêm đơn vị thành viên</source>
        <translation>Add a member unit</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.py" line="29"/>
        <source>Tên ngắn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.py" line="30"/>
        <source>Tên đầy đủ</source>
        <translation>Full title</translation>
    </message>
</context>
<context>
    <name>UnitsTableModel</name>
    <message>
        <location filename="../../ui/table_models.py" line="52"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="53"/>
        <source>Tên ngắn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="54"/>
        <source>Tên đầy đủ</source>
        <translation>Full title</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="55"/>
        <source>Số người</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <location filename="../../ui/units_view.py" line="42"/>
        <source>Thêm đơn vị…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="43"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="44"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="45"/>
        <source>Lên trên</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="46"/>
        <source>Xuống dưới</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="99"/>
        <source>Xóa đơn vị</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="99"/>
        <source>Xóa đơn vị {0}?</source>
        <translation>Delete the unit {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="106"/>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AddTitleDialog</name>
    <message>
        <location filename="../../ui/scoring_view.py" line="155"/>
        <source>Thêm danh hiệu</source>
        <translation>Add a title</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="160"/>
        <source>để trống: theo số danh hiệu</source>
        <translation>empty: the number of places</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="172"/>
        <source>&amp;Tên danh hiệu:</source>
        <translation>&amp;Name of the title:</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="173"/>
        <source>&amp;Số danh hiệu:</source>
        <translation>&amp;Places:</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="174"/>
        <source>Hoặc tỷ &amp;lệ % số đơn vị thành viên:</source>
        <translation>or a &amp;share of the member units (%):</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="175"/>
        <source>Số đơn vị đề &amp;xuất (0: tất cả):</source>
        <translation>&amp;Units proposed (0: all):</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="176"/>
        <source>Được suy tôn &amp;khi đạt:</source>
        <translation>Acclaimed &amp;when it reaches:</translation>
    </message>
</context>
<context>
    <name>AgreementController</name>
    <message>
        <location filename="../../ui/agreement_controller.py" line="91"/>
        <source>hoàn tác: {0}</source>
        <translation>undo: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_controller.py" line="127"/>
        <source>Sửa {0} dòng {1}</source>
        <translation>Edit {0} row {1}</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_controller.py" line="135"/>
        <source>Thêm dòng {0}</source>
        <translation>Add {0} row</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_controller.py" line="144"/>
        <source>Xóa {0} dòng {1}</source>
        <translation>Delete {0} row {1}</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_controller.py" line="153"/>
        <source>Chuyển {0} dòng {1}</source>
        <translation>Move {0} row {1}</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_controller.py" line="162"/>
        <source>Lấy nội dung từ {0}</source>
        <translation>Take the text from {0}</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_controller.py" line="191"/>
        <source>{0} ký</source>
        <translation>{0} signed</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../ui/agreement_view.py" line="165"/>
        <source>Mỗi căn cứ một dòng</source>
        <translation>One legal basis per line</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="167"/>
        <source>I. Các phong trào thi đua</source>
        <translation>I. Emulation movements</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="168"/>
        <source>II. Các chỉ tiêu thi đua</source>
        <translation>II. Emulation targets</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="170"/>
        <source>Thê&amp;m dòng</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="171"/>
        <source>&amp;Xóa dòng</source>
        <translation>Delete ro&amp;w</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="172"/>
        <source>Lên t&amp;rên</source>
        <translation>&amp;Move up</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="173"/>
        <source>Xuống &amp;dưới</source>
        <translation>Move dow&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="183"/>
        <source>Dòng của bảng đang chọn (tên in đậm):</source>
        <translation>Rows of the table in use (its title in bold):</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="188"/>
        <source>Mỗi đoạn một dòng</source>
        <translation>One paragraph per line</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="193"/>
        <source>Đánh số &quot;Bản số k/N&quot; ở góc trên bên phải</source>
        <translation>Print &quot;Copy no. k/N&quot; in the top right corner</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="195"/>
        <source>Tự động (3 khi trên 8 đơn vị, nếu không 2)</source>
        <translation>Automatic (3 with more than 8 units, otherwise 2)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="196"/>
        <source>2 khối mỗi hàng</source>
        <translation>2 blocks per row</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="197"/>
        <source>3 khối mỗi hàng</source>
        <translation>3 blocks per row</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="198"/>
        <source>Ghi &quot;T/M&quot; trước tên tập thể lãnh đạo (Ban Thường vụ…)</source>
        <translation>Print &quot;T/M&quot; (on behalf of) before a collective body (Ban Thường vụ…)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="201"/>
        <source>Cụm trưởng năm sau (khi đã bầu), nếu chưa thì cụm trưởng năm nay</source>
        <translation>Next year&apos;s cluster head (once elected), otherwise this year&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="203"/>
        <source>Cụm trưởng năm nay</source>
        <translation>This year&apos;s cluster head</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="206"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="207"/>
        <source>Căn cứ</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="208"/>
        <source>Lời mở đầu</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="210"/>
        <source>III. Tổ chức thực hiện</source>
        <translation>III. Implementation</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="211"/>
        <source>Địa danh (nơi ký)</source>
        <translation>Place (of signing)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="212"/>
        <source>Ngày ký</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="217"/>
        <source>Dùng địa danh và ngày của hội &amp;nghị</source>
        <translation>Use the meeting&apos;s place and &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="226"/>
        <source>Số bản thêm</source>
        <translation>Extra copies</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="228"/>
        <source>Khối chữ ký mỗi hàng</source>
        <translation>Signature blocks per row</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="230"/>
        <source>Khối đầu tiên</source>
        <translation>First block</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="243"/>
        <source>Sửa tiêu đề</source>
        <translation>Edit the title</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="244"/>
        <source>Sửa căn cứ</source>
        <translation>Edit the legal bases</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="245"/>
        <source>Sửa lời mở đầu</source>
        <translation>Edit the preamble</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="246"/>
        <source>Sửa phần tổ chức thực hiện</source>
        <translation>Edit the implementation section</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="247"/>
        <source>Sửa địa danh</source>
        <translation>Edit the place</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="248"/>
        <source>Sửa ngày ký</source>
        <translation>Edit the signing date</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="249"/>
        <source>Sửa số bản thêm</source>
        <translation>Edit the number of extra copies</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="250"/>
        <source>Đánh số bản</source>
        <translation>Number the copies</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="251"/>
        <source>Sửa số khối mỗi hàng</source>
        <translation>Edit the blocks per row</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="252"/>
        <source>Sửa &quot;T/M&quot;</source>
        <translation>Edit &quot;T/M&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="253"/>
        <source>Sửa khối đầu tiên</source>
        <translation>Edit the first block</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="274"/>
        <source>Địa danh và ngày ký của giao ước khác với của hội nghị ({0}, {1}): in theo giao ước.</source>
        <translation>The agreement&apos;s place and date differ from the meeting&apos;s ({0}, {1}): the agreement prints its own.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="275"/>
        <source>chưa có địa danh</source>
        <translation>no place yet</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="278"/>
        <source>Theo địa danh và ngày của hội nghị (Chuẩn bị › Hội nghị).</source>
        <translation>The meeting&apos;s place and date (Preparation › Meeting).</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="284"/>
        <source>Dùng địa danh của hội nghị</source>
        <translation>Use the meeting&apos;s place</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="285"/>
        <source>Dùng ngày của hội nghị</source>
        <translation>Use the meeting&apos;s date</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="338"/>
        <source>= {0} bản chính ({1} đơn vị thành viên + {2})</source>
        <translation>= {0} originals ({1} member units + {2})</translation>
    </message>
</context>
<context>
    <name>AgreementItemsModel</name>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="66"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="67"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="68"/>
        <source>Đơn vị tính</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="69"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="70"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="71"/>
        <source>Mục tiêu</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="72"/>
        <source>Phát động</source>
        <translation>Launched</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="73"/>
        <source>Sơ kết, tổng kết</source>
        <translation>Reviewed</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../../ui/agreement_view.py" line="526"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="527"/>
        <source>Người ký</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="528"/>
        <source>Ký kết</source>
        <translation>Signing</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="529"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="545"/>
        <source>Xem bản in (PD&amp;F, 1 bản)</source>
        <translation>Pre&amp;view the print (PDF, 1 copy)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="547"/>
        <source>Xuất &amp;Word (.docx)…</source>
        <translation>E&amp;xport to Word (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="548"/>
        <source>&amp;Lấy nội dung từ tệp năm trước…</source>
        <translation>&amp;Take the text from last year&apos;s file…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="549"/>
        <source>&amp;Hoàn tác sửa nội dung</source>
        <translation>&amp;Undo text edit</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="615"/>
        <source>&amp;In {0} bản chính…</source>
        <translation>P&amp;rint {0} originals…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="645"/>
        <source>Để trống khối chữ ký (ký sau): {0}.</source>
        <translation>Signature block left blank (to sign later): {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="647"/>
        <source>Bỏ ra khỏi bản giao ước: {0}.</source>
        <translation>Left out of the agreement: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="648"/>
        <source>Có đơn vị không có ai ký được có mặt:</source>
        <translation>Some units have nobody present who can sign:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="649"/>
        <source>In bản giao ước</source>
        <translation>Print the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="649"/>
        <source>Vẫn in?</source>
        <translation>Print anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="659"/>
        <source>Xuất bản giao ước ra Word</source>
        <translation>Export the agreement to Word</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="670"/>
        <source>Không xuất được</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="678"/>
        <source>Chọn tệp hội nghị năm trước</source>
        <translation>Choose last year&apos;s meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="680"/>
        <source>Hội nghị ThiDua (*.thidua)</source>
        <translation>ThiDua meetings (*.thidua)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="686"/>
        <source>Thay nội dung bản giao ước hiện tại bằng nội dung trong {0}? (Có thể hoàn tác.)</source>
        <translation>Replace the text of the current agreement with the text in {0}? (This can be undone.)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="687"/>
        <source>Lấy nội dung từ tệp năm trước</source>
        <translation>Take the text from last year&apos;s file</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="692"/>
        <source>Không lấy được nội dung</source>
        <translation>Cannot take the text</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="696"/>
        <source>Hãy đọc lại bản giao ước</source>
        <translation>Read the agreement again</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="702"/>
        <source>KÝ KẾT {0}</source>
        <translation>SIGNING: {0}</translation>
    </message>
</context>
<context>
    <name>AskPinDialog</name>
    <message>
        <location filename="../../ui/pin_dialog.py" line="41"/>
        <source>Cần mã PIN của Ban tổ chức</source>
        <translation>Organizers&apos; PIN required</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="43"/>
        <source>Nhập mã PIN của Ban tổ chức để {0}.</source>
        <translation>Enter the organizers&apos; PIN to {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="50"/>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../ui/backup_controller.py" line="191"/>
        <source>Sao lưu vào {0}</source>
        <translation>Backing up to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="207"/>
        <source>Đã sao lưu lúc {0} ✓</source>
        <translation>Backed up at {0} ✓</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="200"/>
        <source>⚠ Chưa sao lưu được</source>
        <translation>⚠ Backup failed</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="96"/>
        <source>Đồng hồ của máy sai</source>
        <translation>The computer&apos;s clock is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="106"/>
        <source>Ổ sao lưu đổi chỗ</source>
        <translation>The backup drive has moved</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="107"/>
        <source>Không thấy thư mục sao lưu {0}, nhưng ổ USB &quot;{1}&quot; đang ở {2}. Sao lưu vào {2}?</source>
        <translation>The backup folder {0} is missing, but the USB drive &quot;{1}&quot; is now at {2}. Back up to {2}?</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="114"/>
        <source>Không đổi được thư mục sao lưu</source>
        <translation>Could not change the backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="119"/>
        <source>Không thấy thư mục sao lưu</source>
        <translation>Backup folder not found</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="121"/>
        <source>Không thấy thư mục sao lưu {0}: ổ USB chưa cắm, hoặc Windows đã đổi ký tự ổ. Khi chưa có thư mục này, các bản sao lưu chỉ nằm trên ổ của máy. Chọn lại thư mục sao lưu ngay?</source>
        <translation>The backup folder {0} is missing: the USB drive is not plugged in, or Windows gave it another drive letter. Until it is back, backups stay on this computer&apos;s own disk. Choose the backup folder again now?</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="132"/>
        <source>Chưa có bản sao lưu nào trên ổ khác (ví dụ ổ USB): nếu ổ cứng của máy hỏng, mất cả hội nghị. Cắm ổ USB rồi chọn thư mục sao lưu.</source>
        <translation>No backup is on another drive yet (a USB drive, say): if this computer&apos;s disk fails, the whole meeting is lost. Plug in a USB drive and choose a backup folder.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="137"/>
        <source>Chọn thư mục sao lưu…</source>
        <translation>Choose a backup folder…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="138"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="175"/>
        <source>Đã sao lưu: {0}</source>
        <translation>Backed up: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="177"/>
        <source>(cùng ổ với tệp hội nghị: chọn ổ USB ở Cài đặt › Thư mục sao lưu…)</source>
        <translation>(on the same drive as the meeting file: choose a USB stick in Settings › Backup folder…)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="214"/>
        <source>⚠ Chưa sao lưu ra ổ khác</source>
        <translation>⚠ No backup on another drive</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="215"/>
        <source>Bản sao lưu gần nhất: {0}.</source>
        <translation>Latest backup: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="218"/>
        <source>Các bản sao lưu đang nằm trên cùng ổ với tệp hội nghị. Cài đặt › Thư mục sao lưu… để chọn ổ USB.</source>
        <translation>The backups are on the same drive as the meeting file. Settings › Backup folder… to choose a USB drive.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="226"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="228"/>
        <source>Kiểm tra tính toàn vẹn…</source>
        <translation>Check integrity…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="230"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="237"/>
        <source>Thư mục sao lưu…</source>
        <translation>Backup folder…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="239"/>
        <source>Mã PIN bảo vệ kết quả…</source>
        <translation>PIN to protect results…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="265"/>
        <source>Kiểm tra tính toàn vẹn</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="282"/>
        <source>khôi phục một bản sao lưu có trước kết quả đã xác nhận</source>
        <translation>restore a backup older than a confirmed result</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="285"/>
        <source>Không khôi phục được</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="295"/>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="297"/>
        <source>Đã khôi phục vào tệp mới {0}. Từ giờ hãy làm việc trên tệp này (tên tệp ở thanh tiêu đề); tệp cũ {1} vẫn còn nguyên, ghi nhận việc khôi phục trong nhật ký.</source>
        <translation>Restored into the new file {0}. From now on work in this file (its name is in the title bar); the old file {1} is untouched and records the restore in its log.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="32"/>
        <source>Thư mục sao lưu</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="36"/>
        <source>ThiDua tự chép tệp hội nghị vào thư mục này sau mỗi kết quả được xác nhận và vài phút một lần khi có thay đổi. Nên chọn một ổ USB, không phải ổ chứa tệp hội nghị. Nếu ổ bị rút ra hoặc đầy, chương trình chỉ cảnh báo ở thanh trạng thái. Để trống: sao lưu vào thư mục của ThiDua trên máy này ({0}).</source>
        <translation>ThiDua copies the meeting file into this folder after every confirmed result and every few minutes when something changed. Choose a USB drive, not the drive that holds the meeting file. If the drive is removed or full, the program only warns in the status bar. Left empty: backups go to ThiDua&apos;s folder on this computer ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="46"/>
        <source>ví dụ E:\SaoLuu</source>
        <translation>e.g. E:\Backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="47"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="55"/>
        <source> bản mới nhất</source>
        <translation> latest copies</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="57"/>
        <source>Thư mục</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="58"/>
        <source>Giữ lại</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="68"/>
        <source>Chọn thư mục sao lưu</source>
        <translation>Choose the backup folder</translation>
    </message>
</context>
<context>
    <name>BallotEntryController</name>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="170"/>
        <source>Điều kiện: số phiếu {0}; {1} danh hiệu, chọn tối đa {2}. Tỷ lệ tính trên {3} ({4}).</source>
        <translation>Rule: votes {0}; {1} titles, at most {2} chosen. Ratio based on {3} ({4}).</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="174"/>
        <source>Điều kiện: số biểu quyết tán thành {0}; {1} danh hiệu, mỗi người tán thành tối đa {2}. Tỷ lệ tính trên {3} ({4}).</source>
        <translation>Condition: hands in favour {0}; {1} titles, each voter in favour of at most {2}. Percentages of {3} ({4}).</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="194"/>
        <source>Được suy tôn: {0}</source>
        <translation>Acclaimed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="194"/>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="197"/>
        <source>&lt;b&gt;Bằng phiếu ở vị trí cuối: {0}&lt;/b&gt; – còn {1} danh hiệu, cần bầu vòng hai.</source>
        <translation>&lt;b&gt;Tied for the last place: {0}&lt;/b&gt; – {1} titles left, a second round is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="232"/>
        <source>gõ liền hoặc cách nhau</source>
        <translation>with or without spaces</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="234"/>
        <source>cách nhau bằng dấu cách (hoặc dấu + . ,)</source>
        <translation>separated by spaces (or + . ,)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="236"/>
        <source>các đơn vị được đánh dấu &quot;ĐỒNG Ý&quot;</source>
        <translation>the units marked &quot;APPROVE&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="237"/>
        <source>phiếu không đánh dấu gì (không chọn ai)</source>
        <translation>an unmarked ballot (nobody chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="240"/>
        <source>các tên bị GẠCH</source>
        <translation>the names STRUCK OUT</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="242"/>
        <source>các tên được GIỮ LẠI</source>
        <translation>the names KEPT</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="243"/>
        <source>phiếu để nguyên (chọn cả {0} đơn vị)</source>
        <translation>an untouched ballot (all {0} units chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="244"/>
        <source>Gõ số thứ tự {0}, {1}, rồi Enter.
Enter: {2}  ·  0 rồi Enter: không chọn ai</source>
        <translation>Type the numbers of {0}, {1}, then Enter.
Enter: {2}  ·  0 then Enter: nobody chosen</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="259"/>
        <source>cả {0} đơn vị</source>
        <translation>all {0} units</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="261"/>
        <source>không chọn ai</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="262"/>
        <source>Phiếu để nguyên</source>
        <translation>Untouched ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="262"/>
        <source>Chọn {0}</source>
        <translation>{0} chosen</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="264"/>
        <source>{0}: {1} → KHÔNG HỢP LỆ: {2}</source>
        <translation>{0}: {1} → INVALID: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="265"/>
        <source>{0}: {1} → hợp lệ</source>
        <translation>{0}: {1} → valid</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="294"/>
        <source>Không hợp lệ: {0}</source>
        <translation>Invalid: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="379"/>
        <source>Bầu &amp;vòng hai</source>
        <translation>Start a second ro&amp;und</translation>
    </message>
</context>
<context>
    <name>BallotEntryView</name>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="208"/>
        <source>số thứ tự… rồi Enter</source>
        <translation>numbers… then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="223"/>
        <source>Phiếu không hợp lệ – bấm số lý do (Esc: thôi):</source>
        <translation>Invalid ballot – press the number of the reason (Esc: cancel):</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="272"/>
        <source>chưa ghi</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="791"/>
        <source>Xác nhận kết quả</source>
        <translation>Confirm the result</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="405"/>
        <source>Nhập phiếu</source>
        <translation>Ballot entry</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="320"/>
        <source>Các phiếu đã nhập (↑: xem lại, Esc: quay lại ô nhập):</source>
        <translation>Ballots entered (↑: review, Esc: back to the entry box):</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="383"/>
        <source> – vòng {0}</source>
        <translation> – round {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="466"/>
        <source>Lần {0}: </source>
        <translation>Pass {0}: </translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="468"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; phiếu (hợp lệ {1}, không hợp lệ {2}) · có mặt {3}/{4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ballots ({1} valid, {2} invalid) · present {3}/{4}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="196"/>
        <source>Lần nhập &amp;1</source>
        <translation>Entry pass &amp;1</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="197"/>
        <source>Lần nhập &amp;2 (đối chiếu)</source>
        <translation>Entry pass &amp;2 (check)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="232"/>
        <source>&amp;Nhập số liệu biểu quyết…</source>
        <translation>E&amp;nter the vote totals…</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="249"/>
        <source>&amp;Sửa phiếu… (F4)</source>
        <translation>&amp;Correct… (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="251"/>
        <source>Xóa phiếu… (&amp;Delete)</source>
        <translation>&amp;Delete… (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="262"/>
        <source>Đối chiếu hai lần nhậ&amp;p</source>
        <translation>Compare t&amp;wo passes</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="274"/>
        <source>Phiếu phát &amp;ra:</source>
        <translation>&amp;Ballots issued:</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="276"/>
        <source>&amp;In phiếu…</source>
        <translation>Pr&amp;int ballots…</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="278"/>
        <source>Xác nhận &amp;kết quả</source>
        <translation>Confirm the resul&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="280"/>
        <source>&amp;Mở lại…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="282"/>
        <source>Công bố &amp;lên màn chiếu</source>
        <translation>Announce on the pro&amp;jector</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="286"/>
        <source>In &amp;biên bản</source>
        <translation>Print the &amp;minutes</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="288"/>
        <source>In kết &amp;quả</source>
        <translation>Print the &amp;results</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="389"/>
        <source>dấu trừ (-) hoặc F2, rồi số lý do 1–{0}: phiếu không hợp lệ  ·  Esc: xóa số đang gõ</source>
        <translation>minus (-) or F2, then the reason number 1–{0}: an invalid ballot  ·  Esc: clear what is typed</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="405"/>
        <source>Số liệu biểu quyết giơ tay</source>
        <translation>Show-of-hands totals</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="560"/>
        <source>Đã ghi phiếu số {0}: {1}</source>
        <translation>Ballot no. {0} recorded: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="591"/>
        <location filename="../../ui/ballot_entry_view.py" line="610"/>
        <source>Không ghi được phiếu</source>
        <translation>Cannot record the ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="666"/>
        <source>Không sửa được phiếu</source>
        <translation>Cannot correct the ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="675"/>
        <source>Xóa phiếu số {0}</source>
        <translation>Delete ballot no. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="676"/>
        <source>Phiếu số {0} ({1}) sẽ không được tính. Lý do xóa (ví dụ: nhập trùng):</source>
        <translation>Ballot no. {0} ({1}) will not be counted. Reason for deleting it (e.g. entered twice):</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="685"/>
        <source>Không xóa được phiếu</source>
        <translation>Cannot delete the ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="715"/>
        <source>Hai lần nhập khớp nhau.</source>
        <translation>The two passes match.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="719"/>
        <location filename="../../ui/ballot_entry_view.py" line="720"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="723"/>
        <source>Phiếu {0}: lần 1 «{1}» ≠ lần 2 «{2}»</source>
        <translation>Ballot {0}: pass 1 «{1}» ≠ pass 2 «{2}»</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="745"/>
        <location filename="../../ui/ballot_entry_view.py" line="865"/>
        <source>Không ghi được</source>
        <translation>Cannot record</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="765"/>
        <source>Không ghi được số liệu</source>
        <translation>Cannot record the totals</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="786"/>
        <source>Xác nhận kết quả vòng {0}? Sau khi xác nhận, muốn sửa phải mở lại và nêu lý do.</source>
        <translation>Confirm the result of round {0}? Once it is confirmed, changing it means reopening it and giving a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="790"/>
        <source>Lưu ý:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="774"/>
        <location filename="../../ui/ballot_entry_view.py" line="799"/>
        <source>Chưa xác nhận được</source>
        <translation>Cannot confirm yet</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="470"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; người biểu quyết (hợp lệ {1}, không hợp lệ {2}) · có mặt {3}/{4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; voters (valid {1}, invalid {2}) · present {3}/{4}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="481"/>
        <source>Đã xác nhận lúc {0} ngày {1}</source>
        <translation>Confirmed at {0} on {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="503"/>
        <location filename="../../ui/ballot_entry_view.py" line="643"/>
        <source>Kết quả đã xác nhận: muốn sửa phải mở lại kết quả.</source>
        <translation>The result is confirmed: to change anything, reopen it first.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="504"/>
        <source>Chưa có phiếu nào trong lần nhập này.</source>
        <translation>No ballot in this entry pass yet.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="507"/>
        <source>Biểu quyết giơ tay: không có phiếu để in.</source>
        <translation>A show of hands: there are no ballots to print.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="513"/>
        <source>Kết quả vòng này đã được xác nhận.</source>
        <translation>The result of this round is already confirmed.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="514"/>
        <source>Kết quả chưa xác nhận: không cần mở lại.</source>
        <translation>The result is not confirmed: there is nothing to reopen.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="515"/>
        <source>Chỉ công bố được kết quả đã xác nhận.</source>
        <translation>Only a confirmed result can be announced.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="529"/>
        <source>Kết quả đã xác nhận: không nhập thêm phiếu (muốn sửa phải mở lại kết quả).</source>
        <translation>The result is confirmed: no more ballots are entered (reopen the result to change it).</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="534"/>
        <source>Phiếu số {0} – KHÔNG HỢP LỆ: bấm số lý do (1–{1}) ở dưới · Esc: thôi</source>
        <translation>Ballot no. {0} – INVALID: press the number of the reason (1–{1}) below · Esc: cancel</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="544"/>
        <source>{0} Enter không ghi gì; sửa lại, hoặc Esc để xóa.</source>
        <translation>{0} Enter records nothing; fix it, or Esc to clear.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="548"/>
        <source>Phiếu số {0} – {1}</source>
        <translation>Ballot no. {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="560"/>
        <source>Phiếu cuối: số {0} – {1}</source>
        <translation>Last ballot: no. {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="651"/>
        <source>Chọn một phiếu trong danh sách các phiếu đã nhập (↑ từ ô nhập), rồi bấm lại.</source>
        <translation>Choose a ballot in the list of ballots entered (↑ from the entry box), then press again.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="656"/>
        <source>Sửa phiếu</source>
        <translation>Correct a ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="671"/>
        <source>Xóa phiếu</source>
        <translation>Delete a ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="708"/>
        <source>Lần nhập 2 chưa có phiếu nào: chọn «Lần nhập 2» rồi nhập lại chồng phiếu.</source>
        <translation>Entry pass 2 has no ballot yet: choose «Entry pass 2» and enter the stack of ballots again.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="710"/>
        <source>Chưa có phiếu nào để đối chiếu.</source>
        <translation>No ballot to compare yet.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="780"/>
        <source>Ô &quot;Phiếu phát ra&quot; còn &quot;chưa ghi&quot;: biên bản sẽ ghi số phiếu phát ra là &quot;không ghi nhận&quot;. Nên ghi số phiếu đã phát (chọn &quot;Không&quot; để quay lại ô đó) rồi mới xác nhận.</source>
        <translation>The &quot;Ballots issued&quot; box still says &quot;not entered&quot;: the minutes will give the ballots issued as &quot;not recorded&quot;. Enter the number of ballots handed out first (choose &quot;No&quot; to go back to that box), then confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="810"/>
        <source>Mở lại kết quả</source>
        <translation>Reopen the result</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="810"/>
        <source>Lý do mở lại kết quả (được ghi vào nhật ký):</source>
        <translation>Reason for reopening the result (written to the log):</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="816"/>
        <source>mở lại kết quả</source>
        <translation>reopen the result</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="807"/>
        <location filename="../../ui/ballot_entry_view.py" line="818"/>
        <source>Không mở lại được</source>
        <translation>Cannot reopen</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="833"/>
        <source>Chưa công bố được</source>
        <translation>Cannot announce yet</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="843"/>
        <source>Không tạo được vòng hai</source>
        <translation>Cannot start the second round</translation>
    </message>
</context>
<context>
    <name>BallotListModel</name>
    <message>
        <location filename="../../ui/ballot_models.py" line="147"/>
        <source>Phiếu số</source>
        <translation>Ballot no.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="148"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="149"/>
        <location filename="../../ui/ballot_models.py" line="165"/>
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="159"/>
        <source>{0} (đã sửa)</source>
        <translation>{0} (corrected)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="162"/>
        <source>(phiếu không hợp lệ)</source>
        <translation>(invalid ballot)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="165"/>
        <source>Không hợp lệ: {0}</source>
        <translation>Invalid: {0}</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../ui/widgets.py" line="116"/>
        <source>Đồ&amp;ng ý</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="117"/>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="121"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="122"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="138"/>
        <source>&amp;Có</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="139"/>
        <source>&amp;Không</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>CandidateTallyModel</name>
    <message>
        <location filename="../../ui/ballot_models.py" line="72"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="73"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="74"/>
        <source>Số phiếu</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="74"/>
        <source>Tán thành</source>
        <translation>In favour</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="75"/>
        <source>Tỷ lệ %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="76"/>
        <source>Đạt tỷ lệ</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="77"/>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="78"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="94"/>
        <source>Đạt</source>
        <translation>Reached</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <location filename="../../ui/core_strings.py" line="6"/>
        <source>tổng số người được triệu tập</source>
        <translation>voters convened</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="7"/>
        <source>số người có mặt</source>
        <translation>voters present</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="8"/>
        <source>số phiếu thu vào</source>
        <translation>ballots returned</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="9"/>
        <source>số phiếu hợp lệ</source>
        <translation>valid ballots</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="10"/>
        <source>Trúng cử</source>
        <translation>Elected</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="11"/>
        <source>Bằng phiếu</source>
        <translation>Tie</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="12"/>
        <source>Không trúng cử</source>
        <translation>Not elected</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="13"/>
        <source>Được suy tôn</source>
        <translation>Acclaimed</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="14"/>
        <source>Không được suy tôn</source>
        <translation>Not acclaimed</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="15"/>
        <source>số người biểu quyết</source>
        <translation>the number of voters</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="16"/>
        <source>số biểu quyết hợp lệ</source>
        <translation>the valid votes</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="17"/>
        <source>Gạch tên</source>
        <translation>Strike out names</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="18"/>
        <source>Đánh dấu đồng ý – không đồng ý</source>
        <translation>Tick approve – not approve</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="19"/>
        <source>Gõ số các tên bị gạch</source>
        <translation>Type the numbers of the names struck out</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="20"/>
        <source>Gõ số các tên được giữ lại</source>
        <translation>Type the numbers of the names kept</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="21"/>
        <source>Bỏ phiếu kín</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="22"/>
        <source>Biểu quyết giơ tay</source>
        <translation>Show of hands</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="23"/>
        <source>Chuẩn bị</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="24"/>
        <source>Đang kiểm phiếu</source>
        <translation>Counting</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="25"/>
        <source>Đã xác nhận</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="26"/>
        <source>Theo quy định của hội nghị</source>
        <translation>As the meeting decides</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="27"/>
        <source>Mỗi đơn vị một phiếu</source>
        <translation>One vote per unit</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="28"/>
        <source>Mỗi đại biểu một phiếu</source>
        <translation>One vote per delegate</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="29"/>
        <source>Cụm trưởng</source>
        <translation>Cluster head</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="30"/>
        <source>Cụm phó</source>
        <translation>Deputy head</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="31"/>
        <source>Biểu quyết tán thành đề xuất (đồng ý / không đồng ý)</source>
        <translation>Approve the proposal (approve / not approve)</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="32"/>
        <source>Bầu tự do: mỗi phiếu ghi một đơn vị làm cụm trưởng, một đơn vị làm cụm phó</source>
        <translation>Open election: each ballot names one unit as head and one as deputy</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="33"/>
        <source>Được tán thành</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="34"/>
        <source>Không được tán thành</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="35"/>
        <source>{count} phiếu ghi {unit} làm cụm phó không được tính cho cụm phó vì {unit} đã trúng cử cụm trưởng.</source>
        <translation>{count} ballots naming {unit} as deputy are not counted for the deputy: {unit} was elected head.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="36"/>
        <source>{unit} đạt tỷ lệ ở phần bầu cụm phó nhưng chưa bầu được cụm trưởng: cụm phó được bầu lại ở vòng sau, cùng với cụm trưởng.</source>
        <translation>{unit} reached the threshold for deputy, but no head is elected yet: the deputy is voted again in the next round, with the head.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="37"/>
        <source>Phong trào</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="38"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="39"/>
        <source>Không phải phiếu do Ban kiểm phiếu phát ra</source>
        <translation>Not a ballot issued by the counting committee</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="40"/>
        <source>Gạch/đánh dấu quá số lượng</source>
        <translation>Too many struck out or marked</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="41"/>
        <source>Ghi thêm tên ngoài danh sách</source>
        <translation>A name added outside the list</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="42"/>
        <source>Phiếu rách, không xác định được ý chí</source>
        <translation>Torn ballot, intent unclear</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="43"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="44"/>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="45"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="46"/>
        <source>danh sách đại biểu có cột ký tên</source>
        <translation>delegate list with a signature column</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="47"/>
        <source>thẻ đại biểu và khách mời có mã QR</source>
        <translation>delegate and guest badges with QR codes</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="48"/>
        <source>báo cáo số đại biểu có mặt tại thời điểm in</source>
        <translation>attendance report at the time of printing</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="49"/>
        <source>phiếu suy tôn của vòng mới nhất, mỗi người có mặt một phiếu</source>
        <translation>acclamation ballots of the latest round, one per voter present</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="50"/>
        <source>biên bản kiểm phiếu của từng vòng</source>
        <translation>counting minutes of each round</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="51"/>
        <source>kết quả suy tôn của một cuộc bầu</source>
        <translation>acclamation results of one vote</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="52"/>
        <source>phiếu bầu cụm trưởng, cụm phó của vòng mới nhất, mỗi người có mặt một phiếu</source>
        <translation>head and deputy ballots of the latest round, one per voter present</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="53"/>
        <source>biên bản kiểm phiếu bầu cụm trưởng, cụm phó, từng vòng</source>
        <translation>counting minutes of the head and deputy election, each round</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="55"/>
        <source>bản giao ước thi đua, đủ số bản chính, khối chữ ký từng đơn vị</source>
        <translation>the emulation agreement, all originals, a signature block per unit</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="65"/>
        <source>Trường &quot;Tiêu đề&quot; không được để trống.</source>
        <translation>The field &quot;Title&quot; must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="66"/>
        <source>Trường &quot;Địa danh&quot; (nơi ký) không được để trống.</source>
        <translation>The field &quot;Place&quot; (where it is signed) must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="67"/>
        <source>Trường &quot;Số bản thêm&quot; phải từ 0 đến {0}.</source>
        <translation>The field &quot;Extra copies&quot; must be from 0 to {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="68"/>
        <source>Trường &quot;Số khối chữ ký mỗi hàng&quot; phải là 2, 3 hoặc tự động.</source>
        <translation>The field &quot;Signature blocks per row&quot; must be 2, 3 or automatic.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="69"/>
        <source>{0}, dòng {1}: cột &quot;Nội dung&quot; không được để trống.</source>
        <translation>{0}, row {1}: the column &quot;Content&quot; must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="70"/>
        <source>Nội dung giao ước lấy từ tệp của “{0}”, không phải “{1}”: đã thay tên cụm, tên các thành viên và cơ quan ở {2} chỗ. Hãy đọc lại các căn cứ, lời mở đầu và phần tổ chức thực hiện: nội dung riêng của cụm kia (nhiệm vụ, chỉ tiêu) vẫn giữ nguyên.</source>
        <translation>The agreement text comes from the file of “{0}”, not “{1}”: the names of the cluster, its members and the commission were replaced in {2} places. Read the bases, the preamble and the implementation again: what was particular to the other cluster (tasks, targets) is kept as it was.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="71"/>
        <source>Đơn vị không còn trong hội nghị.</source>
        <translation>The unit is no longer in the meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="72"/>
        <source>Khối chữ ký của {0} đã được bỏ ra khỏi bản giao ước.</source>
        <translation>The signature block of {0} was left out of the agreement.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="73"/>
        <source>{0} đã ký lúc {1:%H:%M}.</source>
        <translation>{0} signed at {1:%H:%M}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="74"/>
        <source>Không ghi được {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="75"/>
        <source>bảng attendance, dòng person_id={0}, cột checked_in_at</source>
        <translation>table attendance, row person_id={0}, column checked_in_at</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="76"/>
        <source>Người này không có trong danh sách.</source>
        <translation>This person is not on the list.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="77"/>
        <source>Không có ai mang mã {0}.</source>
        <translation>Nobody has the code {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="78"/>
        <source>Trường &quot;Thay cho&quot;: phải là một đại biểu của đơn vị thành viên.</source>
        <translation>The field &quot;In place of&quot;: must be a delegate of a member unit.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="79"/>
        <source>{0} đã điểm danh, không cần người thay.</source>
        <translation>{0} has checked in and needs no substitute.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="80"/>
        <source>Đã có người thay cho {0}.</source>
        <translation>Someone already attends in place of {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="81"/>
        <source>Người thay cho một đại biểu không thể là khách mời.</source>
        <translation>A substitute for a delegate cannot be a guest.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="82"/>
        <source>Tệp {0} nguyên vẹn: {1} sự kiện trong nhật ký, {2} dòng dữ liệu trong {3} bảng khớp với nhật ký.</source>
        <translation>The file {0} is intact: {1} events in the log, {2} data rows in {3} tables match the log.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="83"/>
        <source>Tệp {0} KHÔNG nguyên vẹn ({1} vấn đề):</source>
        <translation>The file {0} is NOT intact ({1} problems):</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="84"/>
        <source>  - {0}</source>
        <translation>  - {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="85"/>
        <source>Lưu ý: {0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="86"/>
        <source>Mã nhật ký: {0}</source>
        <translation>Log code: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="87"/>
        <source>Thời gian kiểm tra: {0:.0f} ms</source>
        <translation>Time to check: {0:.0f} ms</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="88"/>
        <source>Không mở được tệp {0}: {1}</source>
        <translation>Could not open the file {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="89"/>
        <source>Tệp {0} bị hỏng, không đọc được ({1}).</source>
        <translation>The file {0} is damaged and cannot be read ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="90"/>
        <source>Tệp {0} không phải là tệp hội nghị ThiDua.</source>
        <translation>The file {0} is not a ThiDua meeting file.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="91"/>
        <source>Tệp {0} được tạo bởi phiên bản ThiDua mới hơn (dữ liệu phiên bản {1}); hãy kiểm tra bằng phiên bản ThiDua đó.</source>
        <translation>The file {0} was made by a newer ThiDua (data version {1}); check it with that version of ThiDua.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="92"/>
        <source>Tệp ở phiên bản dữ liệu {0}, chưa ghi dấu vân của từng dòng: chỉ kiểm tra được chuỗi nhật ký. Mở tệp bằng ThiDua một lần để nâng cấp.</source>
        <translation>The file is at data version {0}, which does not record each row’s fingerprint: only the log chain can be checked. Open the file once in ThiDua to upgrade it.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="94"/>
        <source>Tệp ghi phiên bản dữ liệu {0}, nhưng nhật ký cho thấy tệp đã ở phiên bản {1}: phiên bản đã bị sửa ngoài chương trình.</source>
        <translation>The file says data version {0}, but its log shows it reached version {1}: the version was changed outside the program.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="95"/>
        <source>Bảng {0}, dòng rowid={1}: trỏ tới một dòng không có trong bảng {2} (vi phạm khóa ngoại).</source>
        <translation>Table {0}, row rowid={1}: points to a row that is not in table {2} (a foreign key violation).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="96"/>
        <source>Sự kiện #{0} (&quot;{1}&quot;, lúc {2})</source>
        <translation>Event #{0} (&quot;{1}&quot;, at {2})</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="97"/>
        <source>#{0}–#{1}</source>
        <translation>#{0}–#{1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="98"/>
        <source>Thiếu sự kiện {0} trong nhật ký: đã bị xóa.</source>
        <translation>Event {0} is missing from the log: it was deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="99"/>
        <source>{0}: số thứ tự không đúng (sau #{1}).</source>
        <translation>{0}: wrong sequence number (after #{1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="100"/>
        <source>{0}: không nối với sự kiện trước (prev_hash khác mã băm của sự kiện #{1}).</source>
        <translation>{0}: does not follow the event before (prev_hash differs from the hash of event #{1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="101"/>
        <source>{0}: mã băm không khớp với nội dung — sự kiện đã bị sửa.</source>
        <translation>{0}: the hash does not match the content — the event was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="102"/>
        <source>{0}: thiếu dấu vân của các dòng dữ liệu đã ghi.</source>
        <translation>{0}: the fingerprints of the rows it wrote are missing.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="103"/>
        <source>{0}: phần dấu vân dữ liệu không đọc được.</source>
        <translation>{0}: the data fingerprints cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="104"/>
        <source>{0}: phần dấu vân dữ liệu không đúng dạng.</source>
        <translation>{0}: the data fingerprints are malformed.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="106"/>
        <source>{0}: thiếu ảnh chụp dữ liệu khi nâng cấp tệp.</source>
        <translation>{0}: the data snapshot of the upgrade is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="107"/>
        <source>Nhật ký không có ảnh chụp dữ liệu sau khi nâng cấp lên phiên bản 6.</source>
        <translation>The log has no data snapshot after the upgrade to version 6.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="108"/>
        <source>Bảng {0} ({1} dòng) không còn trong tệp: đã bị xóa.</source>
        <translation>Table {0} ({1} rows) is no longer in the file: it was deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="109"/>
        <source>Bảng {0}, dòng {1}</source>
        <translation>Table {0}, row {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="110"/>
        <source>{0} {1}: không có trong nhật ký — đã được thêm ngoài chương trình.</source>
        <translation>{0} {1}: not in the log — added outside the program.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="111"/>
        <source>{0}: có trong nhật ký (ghi lần cuối ở sự kiện #{1} &quot;{2}&quot;) nhưng không còn trong tệp — đã bị xóa ngoài chương trình.</source>
        <translation>{0}: in the log (last written by event #{1} &quot;{2}&quot;) but no longer in the file — deleted outside the program.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="112"/>
        <source>{0} {1}: khác với lần ghi cuối trong nhật ký (sự kiện #{2} &quot;{3}&quot;) — đã bị sửa ngoài chương trình.</source>
        <translation>{0} {1}: differs from its last write in the log (event #{2} &quot;{3}&quot;) — changed outside the program.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="113"/>
        <source>… và {0} dòng khác không khớp với nhật ký.</source>
        <translation>… and {0} more rows that do not match the log.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="114"/>
        <source>Sự kiện #{0} (&quot;{1}&quot;): phần mô tả không đọc được.</source>
        <translation>Event #{0} (&quot;{1}&quot;): its details cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="115"/>
        <source>Bảng {0}, dòng {1}: khác với điều sự kiện #{2} (&quot;{3}&quot;) ghi lại ({4}) — dữ liệu và dấu vân đã bị sửa cùng nhau ngoài chương trình.</source>
        <translation>Table {0}, row {1}: differs from what event #{2} (&quot;{3}&quot;) recorded ({4}) — the data and its fingerprint were changed together outside the program.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="116"/>
        <source>… và {0} chỗ khác không khớp với nhật ký.</source>
        <translation>… and {0} more places that do not match the log.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="117"/>
        <source>Mã {0!r} không đúng dạng: mã in trên văn bản có {1} chữ số hệ 16 (năm nhóm bốn ký tự, ví dụ 8A93 33BF 1C2D 4E5F 6A7B).</source>
        <translation>The code {0!r} is malformed: the code printed on documents has {1} hexadecimal digits (five groups of four, e.g. 8A93 33BF 1C2D 4E5F 6A7B).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="118"/>
        <source>Mã {0} không có trong nhật ký của tệp: tệp này không phải tệp đã in ra văn bản mang mã đó, hoặc nhật ký đã bị viết lại sau khi in (hoặc mã bị đọc/gõ sai).</source>
        <translation>The code {0} is not in the file’s log: this is not the file that printed the document with that code, or the log was rewritten after printing (or the code was misread or mistyped).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="119"/>
        <source>Mã {0} là của sự kiện #{1} (&quot;{2}&quot;, lúc {3}), không phải của một lần xác nhận kết quả.</source>
        <translation>The code {0} belongs to event #{1} (&quot;{2}&quot;, at {3}), not to the confirmation of a result.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="120"/>
        <source>Mã {0} là mã xác nhận kết quả {1} (sự kiện #{2}, lúc {3}).</source>
        <translation>The code {0} is the confirmation code of {1} (event #{2}, at {3}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="121"/>
        <source>Chuỗi nhật ký nguyên vẹn và vẫn đi qua mã {0}.</source>
        <translation>The log chain is intact and still passes through the code {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="122"/>
        <source>Văn bản mang mã {0} không còn là kết quả hiện tại: vòng này đã được mở lại sau đó (sự kiện #{1}).</source>
        <translation>The document with the code {0} is no longer the current result: the round was reopened afterwards (event #{1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="124"/>
        <source>Kết quả của vòng mang mã {0} trong tệp khác với kết quả đã xác nhận ({1}): đã bị sửa sau khi in.</source>
        <translation>The result of the round with the code {0} in the file differs from the result confirmed ({1}): it was changed after printing.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="125"/>
        <source>vòng {0} bầu cụm trưởng, cụm phó</source>
        <translation>round {0} of the election of the cluster head and deputy</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="126"/>
        <source>vòng {0} của &quot;{1}&quot;</source>
        <translation>round {0} of &quot;{1}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="127"/>
        <source>Trường &quot;Thư mục sao lưu&quot;: không có thư mục {0}.</source>
        <translation>The field &quot;Backup folder&quot;: there is no folder {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="128"/>
        <source>Trường &quot;Thư mục sao lưu&quot;: hãy chọn một ổ khác (ví dụ USB), không phải thư mục của tệp hội nghị.</source>
        <translation>The field &quot;Backup folder&quot;: choose another drive (e.g. a USB stick), not the meeting file’s folder.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="129"/>
        <source>Trường &quot;Số bản giữ lại&quot;: phải từ 1 trở lên.</source>
        <translation>The field &quot;Copies kept&quot;: must be 1 or more.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="130"/>
        <source>Đồng hồ của máy đang chỉ {0:%H:%M ngày %d/%m/%Y}, sớm hơn thao tác cuối cùng trong tệp ({1:%H:%M ngày %d/%m/%Y}). Hãy chỉnh ngày giờ của máy (Windows: Cài đặt › Thời gian và ngôn ngữ) trước khi làm tiếp.</source>
        <translation>The computer’s clock says {0:%H:%M on %d/%m/%Y}, earlier than the last action in the file ({1:%H:%M on %d/%m/%Y}). Set the computer’s date and time (Windows: Settings › Time &amp; language) before going on.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="131"/>
        <source>Không thấy thư mục sao lưu {0} (ổ USB đã rút ra?). Chưa sao lưu được.</source>
        <translation>The backup folder {0} is not there (was the USB stick removed?). Not backed up.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="132"/>
        <source>Ổ sao lưu {0} đã đầy: chưa sao lưu được. Hãy giải phóng chỗ hoặc đổi ổ USB khác.</source>
        <translation>The backup drive {0} is full: not backed up. Free some space or use another USB stick.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="133"/>
        <source>Chưa sao lưu được vào {0}: tệp đang bị một chương trình khác giữ (thường là phần mềm diệt virus hoặc Windows Search đang quét). ThiDua sẽ thử lại ở lần sao lưu sau.</source>
        <translation>Not backed up to {0}: another program holds the file (usually an antivirus or Windows Search scanning it). ThiDua will try again at the next backup.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="134"/>
        <source>Không ghi được vào thư mục sao lưu {0} (chỉ đọc hoặc không có quyền). Chưa sao lưu được.</source>
        <translation>Cannot write to the backup folder {0} (read-only or no permission). Not backed up.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="135"/>
        <source>Không tạo được tệp trong thư mục sao lưu {0}. Chưa sao lưu được.</source>
        <translation>Cannot create a file in the backup folder {0}. Not backed up.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="136"/>
        <source>Chưa sao lưu được vào {0}: {1}</source>
        <translation>Not backed up to {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="138"/>
        <source>khôi phục một bản sao lưu chưa có mã PIN này</source>
        <translation>restore a backup that does not have this PIN</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="139"/>
        <source>Bản sao lưu {0} bị hỏng, không khôi phục được.</source>
        <translation>The backup {0} is damaged and cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="137"/>
        <source>khôi phục một bản sao lưu có trước {0} kết quả đã xác nhận</source>
        <translation>restore a backup made before {0} confirmed results</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="54"/>
        <source>thông báo kết quả hội nghị: danh hiệu được suy tôn, cụm trưởng, cụm phó, giao ước đã ký, khách mời dự</source>
        <translation>notice of the conference&apos;s results: titles acclaimed, head, deputy, agreement signed, guests who attended</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="56"/>
        <source>biển tên để bàn (gấp đôi tờ A4), theo sơ đồ chỗ ngồi; --people chọn người</source>
        <translation>table name plates (A4 folded in two), in seating order; --people chooses whom</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="57"/>
        <source>sơ đồ chỗ ngồi: bàn chủ tọa, khách mời, các đoàn (A4 hoặc --a3)</source>
        <translation>seating plan: head table, guests, delegations (A4 or --a3)</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="58"/>
        <source>chương trình hội nghị: giờ, nội dung, người thực hiện</source>
        <translation>the conference programme: time, item, responsible person</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="59"/>
        <source>lời dẫn chương trình, chữ lớn, chỉ giới thiệu người đã điểm danh</source>
        <translation>the MC&apos;s script in large type, introducing only people checked in</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="60"/>
        <source>dự thảo tin bài cho trang tin điện tử (PDF; -o .docx hoặc .txt cho Word hoặc văn bản)</source>
        <translation>draft news report for the website (PDF; -o .docx or .txt for Word or plain text)</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="61"/>
        <source>bảng tổng hợp kết quả chấm điểm thi đua, xếp hạng</source>
        <translation>score summary table and ranking</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="62"/>
        <source>phiếu chấm điểm của từng đơn vị: tự chấm, thẩm định, ghi chú</source>
        <translation>each unit&apos;s scoring sheet: self-score, reviewed score, notes</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="63"/>
        <source>biên bản hội nghị (họp cụm bình xét, suy tôn)</source>
        <translation>minutes of the meeting (the cluster&apos;s review and acclamation)</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="64"/>
        <source>tờ trình đề nghị khen thưởng gửi Hội đồng Thi đua – Khen thưởng</source>
        <translation>request for awards to the emulation and commendation council</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="93"/>
        <source>Tệp ghi phiên bản dữ liệu {0}, nhưng các kết quả đã xác nhận trong tệp còn ở dạng của phiên bản 8: phiên bản đã bị sửa ngoài chương trình.</source>
        <translation>The file says data version {0}, but its confirmed results are still in version 8&apos;s form: the version was changed outside the program.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="105"/>
        <source>{0}: ảnh chụp toàn bộ dữ liệu chỉ có ở sự kiện nâng cấp tệp — sự kiện giả.</source>
        <translation>{0}: a snapshot of all the data belongs only to a file upgrade — a forged event.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="123"/>
        <source>Kết quả hoặc các phiếu của vòng mang mã {0} trong tệp khác với lúc xác nhận (số phiếu, Ban kiểm phiếu hay nội dung phiếu): đã bị sửa sau khi in.</source>
        <translation>The result or the ballots of the round with code {0} differ in the file from when it was confirmed (the votes, the counting committee or the ballots): changed after printing.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="140"/>
        <source>Không khôi phục được {0}: {1}</source>
        <translation>Could not restore {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="141"/>
        <source>&quot;{0}&quot; không phải số thứ tự. Chỉ gõ số, cách nhau bằng dấu cách.</source>
        <translation>&quot;{0}&quot; is not a list number. Type only numbers, separated by spaces.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="142"/>
        <source>Số {0} không có trong danh sách (từ 1 đến {1}).</source>
        <translation>Number {0} is not on the list (1 to {1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="143"/>
        <source>Số {0} được gõ hai lần.</source>
        <translation>Number {0} was typed twice.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="144"/>
        <source>Không hợp lệ: {0}</source>
        <translation>Invalid: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="145"/>
        <source>Để nguyên (chọn tất cả)</source>
        <translation>Untouched (all chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="146"/>
        <source>Đồng ý tất cả</source>
        <translation>Agrees with all</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="147"/>
        <source>Không chọn ai</source>
        <translation>Nobody chosen</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="148"/>
        <source>Gạch {0}</source>
        <translation>Struck {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="149"/>
        <source>Chọn {0}</source>
        <translation>Chose {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="150"/>
        <source>Phiếu này đã được sửa hoặc xóa trước đó.</source>
        <translation>This ballot was already corrected or deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="151"/>
        <source>bảng ballot_entry, phiếu số {0}, cột choices</source>
        <translation>table ballot_entry, ballot {0}, column choices</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="152"/>
        <source>Trường &quot;{0}&quot; không được âm.</source>
        <translation>Field &quot;{0}&quot; cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="153"/>
        <source>Số không hợp lệ ({0}) nhiều hơn số người biểu quyết ({1}).</source>
        <translation>The invalid count ({0}) is more than the number who voted ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="154"/>
        <source>Số người biểu quyết ({0}) nhiều hơn số người có mặt ({1}).</source>
        <translation>The number who voted ({0}) is more than the number present ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="155"/>
        <source>Chưa nhập số biểu quyết cho: {0}.</source>
        <translation>No count entered yet for: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="156"/>
        <source>Tổng số biểu quyết ({0}) nhiều hơn số người biểu quyết hợp lệ ({1}) nhân số được chọn tối đa ({2}).</source>
        <translation>The total of votes ({0}) is more than the valid voters ({1}) times the most choices allowed ({2}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="157"/>
        <source>&quot;{0}&quot; là biểu quyết giơ tay: không có phiếu để in.</source>
        <translation>&quot;{0}&quot; is a show of hands: there are no ballots to print.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="158"/>
        <source>Cuộc bầu này bỏ phiếu kín: hãy nhập từng phiếu.</source>
        <translation>This vote is by secret ballot: enter each ballot.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="159"/>
        <source>Danh sách {0} đơn vị không vừa một trang A4 với cỡ chữ tối thiểu 12: hãy chia thành nhiều cuộc bầu.</source>
        <translation>A list of {0} units does not fit one A4 page at the least type size of 12 pt: split it into several votes.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="160"/>
        <source>Không có loại văn bản &quot;{0}&quot;. Các loại: {1}.</source>
        <translation>There is no document kind &quot;{0}&quot;. The kinds: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="161"/>
        <source>Văn bản &quot;{0}&quot; cần chọn cuộc bầu: thêm --vote ID (python main.py votes FILE liệt kê các ID).</source>
        <translation>The document &quot;{0}&quot; needs a vote: add --vote ID (python main.py votes FILE lists the IDs).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="162"/>
        <source>Ngày trên máy tính ({0}) khác ngày hội nghị ({1}): biên bản ghi ngày hội nghị, giờ theo đồng hồ của máy. Hãy kiểm tra đồng hồ máy trước khi in biên bản.</source>
        <translation>The laptop&apos;s date ({0}) is not the meeting&apos;s ({1}): the minutes carry the meeting&apos;s date and the time of day from the laptop&apos;s clock. Check the clock before printing the minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="163"/>
        <source>Trường &quot;Số văn bản&quot;: chỉ gồm chữ số (tối đa 6), không phải &quot;{0}&quot;.</source>
        <translation>Field &quot;Document number&quot;: digits only (at most 6), not &quot;{0}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="164"/>
        <source>Trường &quot;Ký hiệu&quot;: 1 đến 20 ký tự, không có dấu cách hay &quot;/&quot;, không phải &quot;{0}&quot;.</source>
        <translation>Field &quot;Symbol&quot;: 1 to 20 characters, no spaces or &quot;/&quot;, not &quot;{0}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="165"/>
        <source>Trường &quot;Thư ký&quot;: {0}.</source>
        <translation>Field &quot;Secretary&quot;: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="166"/>
        <source>Thứ tự luân phiên phải gồm mỗi đơn vị thành viên đúng một lần.</source>
        <translation>The rotation order must hold each member unit exactly once.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="167"/>
        <source>Hãy lưu thông tin hội nghị (Chuẩn bị &gt; Hội nghị) trước.</source>
        <translation>Save the meeting&apos;s details first (Setup &gt; Meeting).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="168"/>
        <source>Bầu cụm trưởng, cụm phó năm {0}</source>
        <translation>Election of the cluster head and deputy for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="169"/>
        <source>Bầu {0} năm {1}</source>
        <translation>Election of the {0} for {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="170"/>
        <source>Cần ít nhất hai đơn vị thành viên để bầu cụm trưởng và cụm phó.</source>
        <translation>At least two member units are needed to elect a cluster head and deputy.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="171"/>
        <source>Trường &quot;Đề xuất cụm trưởng&quot;: chọn một đơn vị thành viên.</source>
        <translation>Field &quot;Proposed head&quot;: choose a member unit.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="172"/>
        <source>Trường &quot;Đề xuất cụm phó&quot;: chọn một đơn vị thành viên.</source>
        <translation>Field &quot;Proposed deputy&quot;: choose a member unit.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="173"/>
        <source>Trường &quot;Đề xuất cụm phó&quot;: cụm trưởng và cụm phó phải là hai đơn vị khác nhau.</source>
        <translation>Field &quot;Proposed deputy&quot;: the head and the deputy must be two different units.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="174"/>
        <source>Trường &quot;Tỷ lệ trúng cử&quot; không hợp lệ: {0}/{1}.</source>
        <translation>Field &quot;Share to be elected&quot; is not valid: {0}/{1}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="175"/>
        <source>Không sửa được cách bầu: đã nhập phiếu. Chỉ sửa được khi chưa nhập phiếu nào.</source>
        <translation>The way of electing cannot be changed: ballots have been entered. It can change only before any ballot is entered.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="176"/>
        <source>Cuộc bầu cụm trưởng, cụm phó vừa được tạo hoặc xóa: hãy thử lại.</source>
        <translation>The head and deputy election was just created or deleted: try again.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="177"/>
        <source>Hội nghị chưa có cuộc bầu cụm trưởng, cụm phó.</source>
        <translation>The meeting has no head and deputy election yet.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="178"/>
        <source>Cuộc bầu cụm trưởng, cụm phó không có vòng {0}.</source>
        <translation>The head and deputy election has no round {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="179"/>
        <source>cụm phó</source>
        <translation>cluster deputy</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="180"/>
        <source>cụm trưởng</source>
        <translation>cluster head</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="181"/>
        <source>Phiếu ghi một đơn vị không có trong danh sách {0} của vòng này.</source>
        <translation>The ballot names a unit not on this round&apos;s list for {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="182"/>
        <source>Đã bầu xong cụm trưởng và cụm phó: không cần bầu vòng tiếp theo.</source>
        <translation>The head and deputy are elected: no further round is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="190"/>
        <source>bảng vote_round, dòng id={0}, cột result</source>
        <translation>table vote_round, row id={0}, column result</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="191"/>
        <source>Cách bầu: {0}</source>
        <translation>Way of electing: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="192"/>
        <source>Vòng {0} ({1}): {2} phiếu</source>
        <translation>Round {0} ({1}): {2} ballots</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="193"/>
        <source>{0} ({1} phiếu, vòng {2})</source>
        <translation>{0} ({1} votes, round {2})</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="194"/>
        <source>Một đơn vị được ghi cho cả cụm trưởng và cụm phó</source>
        <translation>One unit was written as both head and deputy</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="195"/>
        <source>Số {0} không có trên phiếu (1: cụm trưởng, 2: cụm phó).</source>
        <translation>Number {0} is not on the ballot (1: head, 2: deputy).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="196"/>
        <source>Gõ nhiều nhất hai số: đơn vị bầu làm cụm trưởng, rồi đơn vị bầu làm cụm phó.</source>
        <translation>Type at most two numbers: the unit elected head, then the unit elected deputy.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="197"/>
        <source>Chỉ gõ một số: đơn vị bầu làm {0}.</source>
        <translation>Type only one number: the unit elected {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="198"/>
        <source>Số {0} không có trong danh sách {1} (từ 1 đến {2}).</source>
        <translation>Number {0} is not on the {1} list (1 to {2}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="199"/>
        <source>Dòng {0}, cột {1}: ô dài {2} ký tự; một ô chỉ được dài tối đa {3} ký tự. Hãy kiểm tra tệp.</source>
        <translation>Row {0}, column {1}: the cell is {2} characters long; a cell may be at most {3} characters. Check the file.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="200"/>
        <source>Tệp {0} có hơn {1} dòng: danh sách người tham dự không dài như vậy. Hãy kiểm tra tệp, hoặc chia thành nhiều tệp.</source>
        <translation>The file {0} has more than {1} rows: a list of attendees is not that long. Check the file, or split it into several files.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="201"/>
        <source>Không tìm thấy tệp: {0}</source>
        <translation>File not found: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="202"/>
        <source>Tệp {0}: chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).</source>
        <translation>The file {0}: only Excel (.xlsx) or CSV (.csv) files are accepted.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="203"/>
        <source>Tệp {0} lớn {1} byte, quá {2} byte của một danh sách. Hãy kiểm tra tệp.</source>
        <translation>The file {0} is {1} bytes, more than the {2} bytes of a list. Check the file.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="204"/>
        <source>Không đọc được tệp {0}: {1}</source>
        <translation>Could not read the file {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="205"/>
        <source>Tệp {0} không phải văn bản UTF-8 (lỗi ở byte {1}). Trong Excel, hãy lưu bằng &quot;CSV UTF-8&quot;.</source>
        <translation>The file {0} is not UTF-8 text (error at byte {1}). In Excel, save it as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="206"/>
        <source>Tệp {0} không phải tệp CSV văn bản.</source>
        <translation>The file {0} is not a CSV text file.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="207"/>
        <source>Dòng {0} của tệp {1} dài {2} ký tự: không phải một dòng của danh sách. Hãy kiểm tra tệp.</source>
        <translation>Line {0} of the file {1} is {2} characters long: not a line of a list. Check the file.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="208"/>
        <source>Tệp {0} không đọc được như CSV: {1}</source>
        <translation>The file {0} cannot be read as CSV: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="209"/>
        <source>Tệp {0} không phải tệp Excel (.xlsx) hoặc đã bị hỏng.</source>
        <translation>The file {0} is not an Excel file (.xlsx) or it is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="210"/>
        <source>Tệp {0} giải nén ra quá lớn ({1}: {2} byte): không phải một danh sách bình thường. Không mở tệp này.</source>
        <translation>The file {0} unpacks to too much ({1}: {2} bytes): not an ordinary list. The file is not opened.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="211"/>
        <source>Tệp {0} chứa khai báo XML không có trong tệp Excel ({1}). Không mở tệp này.</source>
        <translation>The file {0} holds an XML declaration that Excel files do not have ({1}). The file is not opened.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="212"/>
        <source>Tệp {0} không đọc được như tệp Excel: nội dung bảng tính bị hỏng. Hãy mở tệp bằng Excel và lưu lại.</source>
        <translation>The file {0} cannot be read as an Excel file: the sheet is damaged. Open it in Excel and save it again.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="213"/>
        <source>Không tìm thấy dòng tiêu đề có cột &quot;Họ và tên&quot; trong {0} dòng đầu. Các cột nhận biết: Họ và tên, Chức vụ, Đơn vị, Số điện thoại, Vai trò, Mã.</source>
        <translation>No header row with a &quot;Họ và tên&quot; (full name) column in the first {0} rows. The columns recognised: Họ và tên, Chức vụ, Đơn vị, Số điện thoại, Vai trò, Mã.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="214"/>
        <source>thêm số 0 đầu số điện thoại ({0} → 0{1}): Excel đã lưu nó như một con số</source>
        <translation>leading 0 of the phone number put back ({0} → 0{1}): Excel stored it as a number</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="215"/>
        <source>số điện thoại {0} không bắt đầu bằng số 0: hãy kiểm tra</source>
        <translation>the phone number {0} does not start with 0: check it</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="216"/>
        <source>{0}: &quot;{1}&quot; → &quot;{2}&quot;</source>
        <translation>{0}: &quot;{1}&quot; → &quot;{2}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="217"/>
        <source>Dòng {0}: dòng tổng cộng (&quot;{1}&quot;), bỏ qua.</source>
        <translation>Row {0}: a totals row (&quot;{1}&quot;), skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="218"/>
        <source>Dòng {0}, cột &quot;{1}&quot;: {2}.</source>
        <translation>Row {0}, column &quot;{1}&quot;: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="219"/>
        <source>chuyển từ bảng mã {0} sang Unicode</source>
        <translation>converted from {0} to Unicode</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="220"/>
        <source>Dòng {0}, cột &quot;Số điện thoại&quot;: {1}.</source>
        <translation>Row {0}, column &quot;Số điện thoại&quot; (phone): {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="221"/>
        <source>trùng tên với dòng {0}</source>
        <translation>same name as row {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="222"/>
        <source>trùng tên với {0} đã có trong danh sách</source>
        <translation>same name as {0}, already on the list</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="223"/>
        <source>Tệp không có dòng nào dưới dòng tiêu đề.</source>
        <translation>The file has no row under the header row.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="224"/>
        <source>{0}: cột &quot;{1}&quot; có ký tự điều khiển không ghi được vào Excel, đã bỏ đi.</source>
        <translation>{0}: the column &quot;{1}&quot; held control characters that Excel cannot hold; they were left out.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="225"/>
        <source>Không ghi được tệp {0}: {1}</source>
        <translation>Could not write the file {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="226"/>
        <source>Không đọc được {0}: {1}</source>
        <translation>Could not read {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="227"/>
        <source>Không tìm thấy tệp hội nghị: {0}</source>
        <translation>Meeting file not found: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="228"/>
        <source>Bên cạnh tệp có tệp nhật ký {0} không thuộc về tệp này (có thể còn lại từ một bản khác của tệp). ThiDua không dùng nó và đã để riêng thành {1}; tệp hội nghị không bị thay đổi.</source>
        <translation>Beside the file there is a journal {0} that does not belong to it (perhaps left by another copy of the file). ThiDua does not use it and has set it aside as {1}; the meeting file was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="229"/>
        <source>Bên cạnh tệp có tệp nhật ký {0} không thuộc về tệp này: ThiDua bỏ qua nó và đọc tệp như nó đang có.</source>
        <translation>Beside the file there is a journal {0} that does not belong to it: ThiDua ignores it and reads the file as it is.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="230"/>
        <source>Tệp hội nghị {0} bị hỏng ({1}). Hãy mở một bản sao lưu.</source>
        <translation>The meeting file {0} is damaged ({1}). Open a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="231"/>
        <source>Trường &quot;Tên cụm thi đua&quot; không được để trống.</source>
        <translation>The field &quot;Cluster name&quot; must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="232"/>
        <source>Trường &quot;Năm tổng kết&quot; không hợp lệ: {0}.</source>
        <translation>The field &quot;Year reviewed&quot; is not valid: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="233"/>
        <source>Trường &quot;Năm giao ước&quot; phải là năm sau năm tổng kết ({0}).</source>
        <translation>The field &quot;Agreement year&quot; must be the year after the year reviewed ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="234"/>
        <source>Trường &quot;Tỷ lệ tối thiểu có mặt&quot; không hợp lệ: {0}/{1}.</source>
        <translation>The field &quot;Minimum attendance&quot; is not valid: {0}/{1}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="235"/>
        <source>Trường &quot;Cụm phó&quot;: cụm trưởng và cụm phó phải là hai đơn vị khác nhau.</source>
        <translation>The field &quot;Cluster deputy&quot;: the head and the deputy must be two different units.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="236"/>
        <source>trên {0}/{1} đơn vị thành viên có mặt</source>
        <translation>more than {0}/{1} of the member units present</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="237"/>
        <source>ít nhất {0}/{1} đơn vị thành viên có mặt</source>
        <translation>at least {0}/{1} of the member units present</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="238"/>
        <source>trên {0}/{1} đại biểu có quyền biểu quyết có mặt</source>
        <translation>more than {0}/{1} of the voting delegates present</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="239"/>
        <source>ít nhất {0}/{1} đại biểu có quyền biểu quyết có mặt</source>
        <translation>at least {0}/{1} of the voting delegates present</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="240"/>
        <source>Có {0} người được chọn không còn trong danh sách.</source>
        <translation>{0} of the people chosen are no longer on the list.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="241"/>
        <source>Chưa có ai trong danh sách: không có biển tên nào để in.</source>
        <translation>Nobody is on the list yet: there are no name plates to print.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="242"/>
        <source>Đơn vị đăng cai năm {0}: {1}. Hãy điền địa điểm và địa danh ghi trên văn bản ở Chuẩn bị › Hội nghị; ngày họp đang tạm để cách năm nay đúng một năm. Mã PIN và thư mục sao lưu được giữ như năm nay.</source>
        <translation>Host unit in {0}: {1}. Fill in the venue and the place written on the documents in Preparation › Meeting; the date is set one year after this year’s for now. The PIN and the backup folder are kept from this year.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="243"/>
        <source>Chưa có kết quả bầu cụm trưởng, cụm phó năm sau (đã xác nhận): chưa thể tạo hội nghị năm sau.</source>
        <translation>There is no confirmed result of the election of next year’s cluster head and deputy yet: next year’s meeting cannot be made.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="244"/>
        <source>Tệp đã tồn tại, không ghi đè: {0}</source>
        <translation>The file already exists and is not overwritten: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="245"/>
        <source>{0} trên máy {1}</source>
        <translation>{0} on the computer {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="246"/>
        <source>{0} (người dùng {1})</source>
        <translation>{0} (user {1})</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="247"/>
        <source>{0}, từ {1:%H:%M} ngày {1:%d/%m/%Y}</source>
        <translation>{0}, since {1:%H:%M} on {1:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="248"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="249"/>
        <source>không được để trống</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="250"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="251"/>
        <source>Cơ quan</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="252"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="253"/>
        <source>phải là một đơn vị thành viên của cụm (khách mời thì chọn vai trò Khách mời)</source>
        <translation>must be a member unit of the cluster (for a guest, choose the role Guest)</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="254"/>
        <source>&quot;{0}&quot; không phải số điện thoại</source>
        <translation>&quot;{0}&quot; is not a phone number</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="255"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="256"/>
        <source>&quot;{0}&quot; chỉ được gồm chữ số (để máy quét mã QR đọc đúng)</source>
        <translation>&quot;{0}&quot; may hold digits only (so that the QR scanner reads it right)</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="257"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="258"/>
        <source>mã {0} dài quá {1} chữ số</source>
        <translation>the code {0} is longer than {1} digits</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="259"/>
        <source>Trường &quot;{0}&quot;: {1}.</source>
        <translation>The field &quot;{0}&quot;: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="260"/>
        <source>Trường &quot;Mã&quot;: mã {0} đã cấp cho {1}.</source>
        <translation>The field &quot;Code&quot;: the code {0} is already given to {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="261"/>
        <source>Mã {0} bị trùng trong danh sách thêm vào.</source>
        <translation>The code {0} appears twice in the list being added.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="262"/>
        <source>Trường &quot;Mã&quot;: không được để trống.</source>
        <translation>The field &quot;Code&quot; must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="263"/>
        <source>{0} không còn trong danh sách.</source>
        <translation>{0} is no longer on the list.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="264"/>
        <source>Có người không còn trong danh sách.</source>
        <translation>Someone is no longer on the list.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="265"/>
        <source>{0} đã điểm danh. Hãy hủy điểm danh trước khi xóa khỏi danh sách.</source>
        <translation>{0} checked in. Cancel the check-in before removing them from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="266"/>
        <source>{0} đã điểm danh. Hãy hủy điểm danh trước khi hoàn tác việc nhập.</source>
        <translation>{0} checked in. Cancel the check-in before undoing the import.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="267"/>
        <source>(không gắn)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="268"/>
        <source>Đăng ký đại biểu</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="269"/>
        <source>Suy tôn</source>
        <translation>Acclamation</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="270"/>
        <source>Bầu cụm trưởng – cụm phó</source>
        <translation>Head and deputy election</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="271"/>
        <source>Giao ước thi đua</source>
        <translation>Emulation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="272"/>
        <source>Dòng {0}, cột &quot;Giờ&quot;: &quot;{1}&quot; không phải giờ (ví dụ 07:30).</source>
        <translation>Row {0}, column &quot;Time&quot;: &quot;{1}&quot; is not a time (for example 07:30).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="273"/>
        <source>Dòng {0}, cột &quot;Giờ&quot;: {1} sớm hơn mục trước ({2}).</source>
        <translation>Row {0}, column &quot;Time&quot;: {1} is earlier than the item before ({2}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="274"/>
        <source>Dòng {0}, cột &quot;Nội dung&quot;: không được để trống.</source>
        <translation>Row {0}, column &quot;Item&quot;: must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="275"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="276"/>
        <source>Người thực hiện</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="277"/>
        <source>Dòng {0}: không có bước &quot;{1}&quot;.</source>
        <translation>Row {0}: there is no stage &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="278"/>
        <source>Chương trình phải có ít nhất một mục.</source>
        <translation>The programme must have at least one item.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="279"/>
        <source>Khách mời cấp trên</source>
        <translation>Guests of the commission</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="280"/>
        <source>Lãnh đạo tỉnh chủ nhà</source>
        <translation>Host province&apos;s leaders</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="281"/>
        <source>Khách mời khác</source>
        <translation>Other guests</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="282"/>
        <source>Đoàn đại biểu</source>
        <translation>Delegations</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="283"/>
        <source>Danh sách đã thay đổi trong khi sắp xếp: hãy mở lại và sắp xếp lại.</source>
        <translation>The list changed while you were reordering it: open it again and reorder again.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="284"/>
        <source>Người này không còn trong danh sách.</source>
        <translation>This person is no longer on the list.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="285"/>
        <source>{0} đã đứng đầu thứ tự lễ tân.</source>
        <translation>{0} is already first in the order of rank.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="286"/>
        <source>{0} đã đứng cuối thứ tự lễ tân.</source>
        <translation>{0} is already last in the order of rank.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="287"/>
        <source>Lời dẫn chương trình</source>
        <translation>MC&apos;s script</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="288"/>
        <source>Đánh giá kết quả năm</source>
        <translation>Assessment of the year</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="289"/>
        <source>&quot;{0}&quot; dài quá {1} ký tự.</source>
        <translation>&quot;{0}&quot; is longer than {1} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="290"/>
        <source>Lời dẫn chương trình đang trống: không có gì để in.</source>
        <translation>The MC&apos;s script is empty: there is nothing to print.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="291"/>
        <source>Người này chưa điểm danh.</source>
        <translation>This person has not checked in.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="292"/>
        <source>Vòng bầu này không còn trong hội nghị.</source>
        <translation>This round is no longer in the meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="293"/>
        <source>bảng ballot_entry, dòng id={0} (phiếu số {1}), cột choices</source>
        <translation>table ballot_entry, row id={0} (ballot {1}), column choices</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="294"/>
        <source>Dữ liệu hỏng trong tệp: phiếu số {0} (lần nhập {1}) của vòng {2} thiếu một dòng trong bảng ballot_entry. Hãy chạy Tệp › Kiểm tra tính toàn vẹn, hoặc mở một bản sao lưu.</source>
        <translation>Damaged data in the file: ballot {0} (pass {1}) of round {2} lacks a row in table ballot_entry. Run File › Check integrity, or open a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="295"/>
        <source>Hai lần nhập phiếu còn {0} chỗ khác nhau.</source>
        <translation>The two passes of entry still differ in {0} places.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="296"/>
        <source>Cuộc bầu này chỉ nhập phiếu một lần.</source>
        <translation>This vote&apos;s ballots are entered only once.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="297"/>
        <source>Trường &quot;Lý do không hợp lệ&quot;: phiếu không hợp lệ phải có lý do.</source>
        <translation>Field &quot;Reason invalid&quot;: an invalid ballot needs a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="298"/>
        <source>Trường &quot;Lý do&quot;: phải ghi lý do sửa hoặc xóa phiếu.</source>
        <translation>Field &quot;Reason&quot;: give the reason for correcting or deleting the ballot.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="299"/>
        <source>Kết quả đã xác nhận: không đổi được số phiếu phát ra.</source>
        <translation>The result is confirmed: the ballots issued cannot change.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="300"/>
        <source>Trường &quot;Số phiếu phát ra&quot; không được âm.</source>
        <translation>Field &quot;Ballots issued&quot; cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="301"/>
        <source>Không thể {0} vòng {1}: đã có vòng {2} sau nó.</source>
        <translation>Cannot {0} round {1}: round {2} follows it.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="302"/>
        <source>Vòng này chưa xác nhận kết quả, không cần mở lại.</source>
        <translation>This round&apos;s result is not confirmed; there is nothing to reopen.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="303"/>
        <source>Trường &quot;Lý do mở lại&quot; không được để trống.</source>
        <translation>Field &quot;Reason for reopening&quot; cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="304"/>
        <source>Cuộc biểu quyết giơ tay không nhập từng phiếu: hãy nhập số liệu tổng hợp.</source>
        <translation>A show-of-hands vote has no ballots: enter the totals.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="305"/>
        <source>mở lại</source>
        <translation>reopen</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="306"/>
        <source>Chỉ công bố được kết quả đã xác nhận.</source>
        <translation>Only a confirmed result can be announced.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="307"/>
        <source>Hãy xác nhận kết quả vòng này trước khi bầu vòng tiếp theo.</source>
        <translation>Confirm this round&apos;s result before the next round.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="308"/>
        <source>bầu vòng tiếp theo sau</source>
        <translation>hold a further round after</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="309"/>
        <source>Trường &quot;Mã PIN&quot;: phải có từ {0} đến {1} ký tự.</source>
        <translation>The field &quot;PIN&quot;: must have {0} to {1} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="310"/>
        <source>Cần mã PIN của Ban tổ chức để {0}.</source>
        <translation>The organizers’ PIN is needed to {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="311"/>
        <source>Đã nhập sai mã PIN {0} lần: chờ {1} giây rồi thử lại.</source>
        <translation>Wrong PIN entered {0} times: wait {1} seconds and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="312"/>
        <source>Mã PIN không đúng: không thể {0}.</source>
        <translation>Wrong PIN: cannot {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="313"/>
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="314"/>
        <source>bảng</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="315"/>
        <source>Chỉ mục</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="316"/>
        <source>chỉ mục</source>
        <translation>index</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="317"/>
        <source>Khung nhìn (view)</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="318"/>
        <source>khung nhìn (view)</source>
        <translation>view</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="319"/>
        <source>Phiên bản dữ liệu {0} không phải một phiên bản ThiDua đã phát hành.</source>
        <translation>Data version {0} is not a released version of ThiDua.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="320"/>
        <source>Có {0} &quot;{1}&quot; (trên bảng {2}) không thuộc cấu trúc của ThiDua: đã được thêm vào tệp bằng một chương trình khác.</source>
        <translation>There is a {0} &quot;{1}&quot; (on table {2}) that is not part of ThiDua’s structure: another program added it to the file.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="321"/>
        <source>Thiếu {0} &quot;{1}&quot;: đã bị xóa khỏi tệp.</source>
        <translation>The {0} &quot;{1}&quot; is missing: it was removed from the file.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="322"/>
        <source>{0} &quot;{1}&quot; khác với cấu trúc của ThiDua: đã bị sửa bằng một chương trình khác.</source>
        <translation>{0} &quot;{1}&quot; differs from ThiDua’s structure: another program changed it.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="323"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="324"/>
        <source>Theo chỉ tiêu</source>
        <translation>Against a target</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="325"/>
        <source>Đạt / không đạt</source>
        <translation>Pass / fail</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="326"/>
        <source>Theo số lần</source>
        <translation>Per occurrence</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="327"/>
        <source>Điểm thưởng</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="328"/>
        <source>Điểm trừ</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="329"/>
        <source>Ưu tiên tập thể có từ 70 % nữ trở lên (Nghị định 152/2025/NĐ-CP, Điều 4), còn bằng thì hội nghị quyết định</source>
        <translation>Collectives with at least 70 % women first (Decree 152/2025/NĐ-CP, Article 4); still equal: the meeting decides</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="330"/>
        <source>Hội nghị quyết định</source>
        <translation>The meeting decides</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="331"/>
        <source>Giá trị {0} trong tệp không đọc được: &quot;{1}&quot;.</source>
        <translation>The value {0} in the file cannot be read: &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="332"/>
        <source>Bảng điểm có {0} mục, nhiều hơn mức cho phép ({1}).</source>
        <translation>The scoring table has {0} items, more than allowed ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="333"/>
        <source>(mục thứ {0})</source>
        <translation>(item {0})</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="334"/>
        <source>Mục thứ {0} của bảng điểm chưa có mã (số thứ tự).</source>
        <translation>Item {0} of the scoring table has no code (number).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="335"/>
        <source>Mã &quot;{0}&quot; trùng với một mục khác của bảng điểm.</source>
        <translation>Code &quot;{0}&quot; is the same as another item&apos;s of the scoring table.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="336"/>
        <source>Đơn vị tính</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="337"/>
        <source>Mục &quot;{0}&quot;, trường &quot;{1}&quot;: {2}.</source>
        <translation>Item &quot;{0}&quot;, field &quot;{1}&quot;: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="338"/>
        <source>Mục &quot;{0}&quot; chưa có nội dung.</source>
        <translation>Item &quot;{0}&quot; has no content.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="339"/>
        <source>Tiêu chí &quot;{0}&quot;: điểm tối đa phải lớn hơn 0 và không quá {1}.</source>
        <translation>Criterion &quot;{0}&quot;: the maximum must be more than 0 and at most {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="340"/>
        <source>Tiêu chí &quot;{0}&quot; (theo chỉ tiêu): chỉ tiêu phải là một số lớn hơn 0.</source>
        <translation>Criterion &quot;{0}&quot; (against a target): the target must be a number above 0.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="341"/>
        <source>Tiêu chí &quot;{0}&quot; (theo số lần): điểm mỗi lần phải là một số lớn hơn 0.</source>
        <translation>Criterion &quot;{0}&quot; (per occurrence): the points per occurrence must be a number above 0.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="342"/>
        <source>Mục &quot;{0}&quot; thuộc nhóm &quot;{1}&quot;, nhưng không có nhóm đó ở phía trên.</source>
        <translation>Item &quot;{0}&quot; belongs to group &quot;{1}&quot;, but there is no such group above it.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="343"/>
        <source>Mục &quot;{0}&quot; thuộc &quot;{1}&quot;, nhưng &quot;{1}&quot; là một tiêu chí, không phải nhóm.</source>
        <translation>Item &quot;{0}&quot; belongs to &quot;{1}&quot;, but &quot;{1}&quot; is a criterion, not a group.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="344"/>
        <source>Nhóm &quot;{0}&quot; chưa có tiêu chí nào.</source>
        <translation>Group &quot;{0}&quot; has no criteria.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="345"/>
        <source>&quot;{0}&quot; không phải &quot;Đạt&quot; hoặc &quot;Không đạt&quot;</source>
        <translation>&quot;{0}&quot; is not &quot;Đạt&quot; (pass) or &quot;Không đạt&quot; (fail)</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="346"/>
        <source>&quot;{0}&quot; không phải một số</source>
        <translation>&quot;{0}&quot; is not a number</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="347"/>
        <source>đây là một nhóm, điểm của nhóm là tổng điểm các tiêu chí</source>
        <translation>this is a group: its score is the sum of its criteria</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="348"/>
        <source>không được là số âm</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="349"/>
        <source>số quá lớn</source>
        <translation>the number is too large</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="350"/>
        <source>chỉ ghi &quot;Đạt&quot; hoặc &quot;Không đạt&quot;</source>
        <translation>write only &quot;Đạt&quot; or &quot;Không đạt&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="351"/>
        <source>số lần phải là số nguyên</source>
        <translation>the number of occurrences must be a whole number</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="352"/>
        <source>vượt giới hạn {0} điểm</source>
        <translation>over the limit of {0} points</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="353"/>
        <source>chỉ ghi tối đa 3 chữ số thập phân</source>
        <translation>at most 3 decimals</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="354"/>
        <source>của mục {0} (bảng score_item, id={1})</source>
        <translation>of item {0} (table score_item, id={1})</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="355"/>
        <source>của tiêu chí {0}, đơn vị id={1} (bảng score_value)</source>
        <translation>of criterion {0}, unit id={1} (table score_value)</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="356"/>
        <source>Bảng điểm không có tiêu chí &quot;{0}&quot;.</source>
        <translation>The scoring table has no criterion &quot;{0}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="357"/>
        <source>Tiêu chí &quot;{0}&quot;: {1}.</source>
        <translation>Criterion &quot;{0}&quot;: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="358"/>
        <source>Điểm thẩm định của {0}, tiêu chí &quot;{1}&quot;: {2}.</source>
        <translation>Reviewed score of {0}, criterion &quot;{1}&quot;: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="359"/>
        <source>Ghi chú của {0}, tiêu chí &quot;{1}&quot;: {2}.</source>
        <translation>Note of {0}, criterion &quot;{1}&quot;: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="360"/>
        <source>Điểm thẩm định của {0}, tiêu chí &quot;{1}&quot; khác điểm tự chấm: phải ghi lý do điều chỉnh.</source>
        <translation>The reviewed score of {0}, criterion &quot;{1}&quot;, differs from the self-score: write the reason for the change.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="361"/>
        <source>{0}: ghi cả số cán bộ nữ và tổng số cán bộ, hoặc để trống cả hai.</source>
        <translation>{0}: write both the number of women and the staff, or leave both empty.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="362"/>
        <source>{0}: số cán bộ nữ phải từ 0 đến tổng số cán bộ ({1}).</source>
        <translation>{0}: the number of women must be from 0 to the staff ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="363"/>
        <source>Hội nghị mẫu: {0}, tiêu chí {1}: {2}.</source>
        <translation>Demo conference: {0}, criterion {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="364"/>
        <source>{0}: &quot;{1}&quot; không phải một số lớn hơn 0.</source>
        <translation>{0}: &quot;{1}&quot; is not a number above 0.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="365"/>
        <source>Tệp {0}: không thấy dòng tiêu đề có cột &quot;Mã&quot; và &quot;Nội dung&quot; của bảng điểm.</source>
        <translation>File {0}: no header row with the scoring table&apos;s columns &quot;Mã&quot; and &quot;Nội dung&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="366"/>
        <source>Tệp {0}, dòng {1}</source>
        <translation>File {0}, row {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="367"/>
        <source>{0}, ô {1}{2}: loại &quot;{3}&quot; không có; ghi một trong: {4}.</source>
        <translation>{0}, cell {1}{2}: there is no kind &quot;{3}&quot;; write one of: {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="368"/>
        <source>Tệp {0}: {1}</source>
        <translation>File {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="369"/>
        <source>Bảng điểm chưa có tiêu chí nào: chưa lập được phiếu tự chấm.</source>
        <translation>The scoring table has no criteria yet: no self-scoring workbook can be made.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="371"/>
        <source>Tệp {0}, ô {1}{2}: không thấy mã phiếu; đây không phải phiếu tự chấm do ThiDua lập (hoặc ô mã phiếu đã bị sửa).</source>
        <translation>File {0}, cell {1}{2}: no workbook code; this is not a self-scoring workbook made by ThiDua (or its code cell was changed).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="372"/>
        <source>Tệp {0}: phiếu của một đơn vị không có trong hội nghị.</source>
        <translation>File {0}: the workbook of a unit that is not in the meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="373"/>
        <source>Tệp {0} ({1}): bảng điểm đã thay đổi sau khi lập phiếu này. Hãy lập lại phiếu tự chấm và gửi lại cho đơn vị.</source>
        <translation>File {0} ({1}): the scoring table changed after this workbook was made. Make the self-scoring workbook again and send it to the unit.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="374"/>
        <source>Tệp {0}, dòng {1}: cột Mã phải là &quot;{2}&quot; nhưng là &quot;{3}&quot; (đã thêm, xóa hay đổi thứ tự dòng). Hãy dùng đúng phiếu đã gửi.</source>
        <translation>File {0}, row {1}: the code column must be &quot;{2}&quot; but is &quot;{3}&quot; (rows added, deleted or moved). Use the workbook as it was sent.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="375"/>
        <source>Tệp {0}, ô {1}{2} (dòng {2}, tiêu chí {3} &quot;{4}&quot;): {5}.</source>
        <translation>File {0}, cell {1}{2} (row {2}, criterion {3} &quot;{4}&quot;): {5}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="376"/>
        <source>Tệp {0}, ô {1}{2} (dòng {2}, {3}): &quot;{4}&quot; không phải một số nguyên không âm.</source>
        <translation>File {0}, cell {1}{2} (row {2}, {3}): &quot;{4}&quot; is not a whole number of 0 or more.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="377"/>
        <source>Tệp {0}, ô {1}{2}: số cán bộ nữ ({3}) lớn hơn tổng số cán bộ ({4}).</source>
        <translation>File {0}, cell {1}{2}: the number of women ({3}) is larger than the staff ({4}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="378"/>
        <source>Không nhập gì từ tệp {0}.</source>
        <translation>Nothing was imported from {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="379"/>
        <source>Tệp {0}: có nhiều tệp của {1}; không nhập tệp nào của đơn vị này.</source>
        <translation>File {0}: there are several files of {1}; none of this unit&apos;s files was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="380"/>
        <source>Đã nhập {0} ({1}); còn {2} tiêu chí để trống.</source>
        <translation>Imported {0} ({1}); {2} criteria are left empty.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="381"/>
        <source>Đã nhập {0} ({1}).</source>
        <translation>Imported {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="382"/>
        <source>Chủ tọa, ghế {0}</source>
        <translation>Head table, seat {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="383"/>
        <source>Hàng {0}, ghế {1}</source>
        <translation>Row {0}, seat {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="384"/>
        <source>Danh sách đã thay đổi trong khi xếp chỗ: hãy mở lại sơ đồ.</source>
        <translation>The list changed while you were seating people: open the plan again.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="385"/>
        <source>Không có chỗ ngồi này: {0}.</source>
        <translation>There is no such seat: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="386"/>
        <source>Số ghế mỗi hàng phải từ {0} đến {1}.</source>
        <translation>Seats per row must be from {0} to {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="387"/>
        <source>Khổ giấy &quot;{0}&quot; không dùng được: chọn A4 hoặc A3.</source>
        <translation>Paper size &quot;{0}&quot; cannot be used: choose A4 or A3.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="388"/>
        <source>Chưa có ai trong danh sách: chưa có sơ đồ chỗ ngồi để in.</source>
        <translation>Nobody is on the list yet: there is no seating plan to print.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="370"/>
        <source>Không có thư mục: {0}</source>
        <translation>No such folder: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="389"/>
        <source>Tệp được nâng cấp từ phiên bản dữ liệu {0} lên {1}; bản trước khi nâng cấp được giữ ở {2}.</source>
        <translation>The file was upgraded from data version {0} to {1}; the copy from before the upgrade is kept as {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="390"/>
        <source>Tệp có phần không thuộc cấu trúc của ThiDua (đã bỏ qua khi xem): {0}</source>
        <translation>The file holds parts that are not ThiDua’s (ignored while viewing): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="391"/>
        <source>Tệp ở phiên bản dữ liệu {0}: đang xem một bản nâng cấp tạm trong bộ nhớ, tệp không bị thay đổi.</source>
        <translation>The file is at data version {0}: viewing an upgraded copy in memory; the file is not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="392"/>
        <source>{0} Không ghi được thay đổi nào vào tệp.</source>
        <translation>{0} No change can be written to the file.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="393"/>
        <source>Bản sao phải có tên khác tệp đang mở.</source>
        <translation>The copy must have a name other than the open file’s.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="394"/>
        <source>Tệp {0} đã có: hãy chọn tên khác, ThiDua không ghi đè.</source>
        <translation>The file {0} exists: choose another name; ThiDua does not overwrite.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="395"/>
        <source>Tệp {0} đã có: ThiDua không ghi đè.</source>
        <translation>The file {0} exists: ThiDua does not overwrite.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="396"/>
        <source>Không chép được tệp vào {0}: {1}</source>
        <translation>Could not copy the file to {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="397"/>
        <source>Tên tệp {0}… quá dài ({1} ký tự): ThiDua cần ghi tệp nhật ký bên cạnh nó. Hãy đổi tên tệp ngắn hơn (dưới 200 ký tự) rồi mở lại.</source>
        <translation>The file name {0}… is too long ({1} characters): ThiDua writes a journal beside the file. Give the file a shorter name (under 200 characters) and open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="398"/>
        <source>Đây là một thư mục, không phải tệp hội nghị: {0}</source>
        <translation>This is a folder, not a meeting file: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="399"/>
        <source>Tệp {0} lớn {1} MB: không phải một tệp hội nghị (tệp của một hội nghị lớn chỉ vài chục MB). ThiDua không mở tệp này.</source>
        <translation>The file {0} is {1} MB: not a meeting file (a large meeting&apos;s file is a few tens of MB). ThiDua does not open it.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="400"/>
        <source>Tệp {0} không phải là tệp hội nghị ThiDua, hoặc đã bị hỏng.</source>
        <translation>The file {0} is not a ThiDua meeting file, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="401"/>
        <source>Tệp {0} đang được mở để ghi bởi {1}. Mỗi lúc chỉ một nơi được ghi vào tệp hội nghị: hãy làm việc ở đó, hoặc đóng tệp ở đó rồi mở lại ở đây. Có thể mở tệp chỉ để xem.</source>
        <translation>The file {0} is open for writing by {1}. Only one place at a time may write to a meeting file: work there, or close the file there and open it again here. The file can be opened for viewing only.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="402"/>
        <source>Bên cạnh tệp có nhật ký của một thao tác chưa ghi xong (máy tắt hoặc chương trình dừng đột ngột?): thao tác cuối cùng trong tệp, {0} lúc {1}, đã được hủy. Hãy kiểm tra và làm lại thao tác đó nếu cần.</source>
        <translation>Beside the file was the journal of an action not finished (did the computer or the program stop suddenly?): the file&apos;s last action, {0} at {1}, was undone. Check it and do it again if needed.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="403"/>
        <source>{0} ThiDua không đổi tên được tệp đó ({1}), nên chỉ mở được tệp để xem.</source>
        <translation>{0} ThiDua could not rename that file ({1}), so the file can only be opened for viewing.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="404"/>
        <source>Tệp {0} là cơ sở dữ liệu SQLite nhưng không phải tệp hội nghị ThiDua.</source>
        <translation>The file {0} is an SQLite database but not a ThiDua meeting file.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="406"/>
        <source>Tệp {0} được tạo bởi phiên bản ThiDua mới hơn (dữ liệu phiên bản {1}, chương trình này đọc đến phiên bản {2}). Hãy cập nhật ThiDua để mở tệp này.</source>
        <translation>The file {0} was made by a newer ThiDua (data version {1}; this program reads up to version {2}). Update ThiDua to open this file.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="407"/>
        <source>Tệp {0} đã bị sửa bằng một chương trình khác: {1} ThiDua không làm việc trên một tệp như vậy (một trigger lạ có thể đổi phiếu bầu hay kết quả khi ghi). Có thể mở tệp chỉ để xem, hoặc mở một bản sao lưu.</source>
        <translation>The file {0} was changed by another program: {1} ThiDua does not work on such a file (a foreign trigger could change ballots or results as they are written). The file can be opened for viewing only, or open a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="408"/>
        <source>Tệp {0} đã bị sửa ngoài chương trình: {1} ThiDua không ghi vào một tệp như vậy (thao tác tiếp theo sẽ ghi nhận các chỗ bị sửa như hợp lệ). Có thể mở tệp chỉ để xem, hoặc mở một bản sao lưu.</source>
        <translation>The file {0} was changed outside the program: {1} ThiDua does not write to such a file (the next action would record the changed places as valid). The file can be opened for viewing only, or open a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="409"/>
        <source>Tệp {0} (phiên bản dữ liệu {1}) không nguyên vẹn, nên ThiDua không nâng cấp nó: việc nâng cấp sẽ ghi nhận các chỗ bị sửa như hợp lệ. {2} Có thể mở tệp chỉ để xem, hoặc mở một bản sao lưu.</source>
        <translation>The file {0} (data version {1}) is not intact, so ThiDua does not upgrade it: the upgrade would record the changed places as valid. {2} The file can be opened for viewing only, or open a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="410"/>
        <source>Không nâng cấp được tệp {0} lên phiên bản dữ liệu {1}: {2}</source>
        <translation>Could not upgrade the file {0} to data version {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="411"/>
        <source>Không ghi được vào {0}: tệp hoặc thư mục chỉ đọc (ví dụ đĩa CD, thẻ nhớ khóa ghi, thư mục không có quyền ghi). Có thể mở tệp chỉ để xem; muốn làm việc, hãy chép tệp sang một thư mục ghi được (ví dụ Tài liệu) rồi mở bản đó.</source>
        <translation>Cannot write to {0}: the file or folder is read-only (e.g. a CD, a write-protected memory card, a folder without write permission). The file can be opened for viewing only; to work on it, copy it to a folder that can be written (e.g. Documents) and open that copy.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="412"/>
        <source>Lỗi khi ghi tệp hội nghị {0}: {1}</source>
        <translation>Error while writing the meeting file {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="413"/>
        <source>Đường dẫn tới tệp dài {0} ký tự, quá giới hạn {1} ký tự của Windows: hãy chép tệp vào một thư mục có đường dẫn ngắn hơn (ví dụ D:\HoiNghi) rồi mở lại.</source>
        <translation>The path to the file is {0} characters long, over Windows’ limit of {1}: copy the file to a folder with a shorter path (e.g. D:\HoiNghi) and open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="414"/>
        <source>Không ghi được vào {0}: tệp hoặc thư mục chỉ đọc. Hãy chép tệp sang một thư mục ghi được (ví dụ Tài liệu) rồi mở lại.</source>
        <translation>Cannot write to {0}: the file or folder is read-only. Copy the file to a folder that can be written (e.g. Documents) and open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="415"/>
        <source>Tệp hội nghị {0} đang được một chương trình khác ghi (có thể là ThiDua mở ở một cửa sổ khác). Hãy đóng chương trình đó rồi thử lại.</source>
        <translation>Another program is writing the meeting file {0} (perhaps ThiDua in another window). Close that program and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="416"/>
        <source>Phiếu trống (không chọn ai)</source>
        <translation>Blank ballot (nobody chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="417"/>
        <source>Phiếu không hợp lệ (không ghi lý do)</source>
        <translation>Invalid ballot (no reason given)</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="427"/>
        <source>Có tên không có trong danh sách: {0}</source>
        <translation>Names not on the list: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="428"/>
        <source>Một tên được chọn hai lần: {0}</source>
        <translation>A name chosen twice: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="429"/>
        <source>Chọn quá số lượng tối đa ({0} &gt; {1})</source>
        <translation>More chosen than allowed ({0} &gt; {1})</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="440"/>
        <source>Chờ danh hiệu trước</source>
        <translation>Waiting for the title before</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="441"/>
        <source>Sẵn sàng suy tôn</source>
        <translation>Ready to vote</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="442"/>
        <source>Đang suy tôn</source>
        <translation>Voting</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="443"/>
        <source>Đã có kết quả</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="444"/>
        <source>Danh hiệu không còn trong hội nghị.</source>
        <translation>The title is no longer in the meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="445"/>
        <source>Trường &quot;Tên danh hiệu&quot; không được để trống.</source>
        <translation>The field &quot;Title name&quot; must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="446"/>
        <source>Trường &quot;Tên danh hiệu&quot;: {0}.</source>
        <translation>Field &quot;Title name&quot;: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="447"/>
        <source>Trường &quot;Tỷ lệ&quot; của danh hiệu &quot;{0}&quot; phải lớn hơn 0 và không quá 100 %.</source>
        <translation>The field &quot;Share&quot; of title &quot;{0}&quot; must be more than 0 and at most 100 %.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="448"/>
        <source>Danh hiệu &quot;{0}&quot;: số danh hiệu phải ít nhất là 1.</source>
        <translation>Title &quot;{0}&quot;: there must be at least 1 place.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="449"/>
        <source>Danh hiệu &quot;{0}&quot;: số đơn vị đề xuất không được âm.</source>
        <translation>Title &quot;{0}&quot;: the number of units proposed must not be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="450"/>
        <source>Danh hiệu &quot;{0}&quot;: tỷ lệ đạt {1}/{2} không hợp lệ.</source>
        <translation>Title &quot;{0}&quot;: the threshold {1}/{2} is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="451"/>
        <source>Đã có danh hiệu &quot;{0}&quot;.</source>
        <translation>There is already a title &quot;{0}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="452"/>
        <source>Danh hiệu &quot;{0}&quot; đã có cuộc suy tôn: không sửa được nữa.</source>
        <translation>Title &quot;{0}&quot; already has its vote: it can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="453"/>
        <source>Danh hiệu &quot;{0}&quot; đã có cuộc suy tôn: hãy xóa cuộc suy tôn trước (khi chưa nhập phiếu).</source>
        <translation>Title &quot;{0}&quot; already has its vote: delete the vote first (before any ballot is entered).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="454"/>
        <source>Danh hiệu &quot;{0}&quot; đã ở đầu hoặc cuối danh sách.</source>
        <translation>Title &quot;{0}&quot; is already first or last.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="455"/>
        <source>Không đổi thứ tự được: danh hiệu đã có cuộc suy tôn.</source>
        <translation>The order cannot change: a title already has its vote.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="456"/>
        <source>Chưa mở được cuộc suy tôn &quot;{0}&quot;: danh hiệu trước chưa có kết quả đã xác nhận (hoặc còn bằng phiếu). Các danh hiệu được suy tôn lần lượt theo thứ tự.</source>
        <translation>The vote &quot;{0}&quot; cannot open yet: the title before has no confirmed result (or a tie is left). Titles are voted one after the other, in order.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="457"/>
        <source>Danh hiệu &quot;{0}&quot; đã có cuộc suy tôn.</source>
        <translation>Title &quot;{0}&quot; already has its vote.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="458"/>
        <source>Danh hiệu &quot;{0}&quot;: không còn đơn vị nào để đề xuất (chưa có bảng điểm?).</source>
        <translation>Title &quot;{0}&quot;: no unit is left to propose (no scoring table yet?).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="478"/>
        <source>Không có cuộc bầu số {0} (python main.py votes FILE liệt kê các cuộc bầu).</source>
        <translation>There is no vote {0} (python main.py votes FILE lists the votes).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="479"/>
        <source>Trường &quot;Tên cuộc bầu&quot; không được để trống.</source>
        <translation>Field &quot;Vote title&quot; cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="480"/>
        <source>Trường &quot;Danh sách&quot;: chọn ít nhất một đơn vị.</source>
        <translation>Field &quot;List&quot;: choose at least one unit.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="481"/>
        <source>Trường &quot;Danh sách&quot;: có đơn vị không còn trong hội nghị.</source>
        <translation>Field &quot;List&quot;: a unit is no longer in the meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="482"/>
        <source>Trường &quot;Danh sách&quot;: một đơn vị được chọn hai lần.</source>
        <translation>Field &quot;List&quot;: a unit was chosen twice.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="483"/>
        <source>Trường &quot;Tỷ lệ danh hiệu&quot; phải lớn hơn 0 và không quá 100 %.</source>
        <translation>Field &quot;Share of titles&quot; must be above 0 and at most 100 %.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="484"/>
        <source>Trường &quot;Số danh hiệu&quot; phải ít nhất là 1.</source>
        <translation>Field &quot;Number of titles&quot; must be at least 1.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="485"/>
        <source>Trường &quot;Số danh hiệu&quot; ({0}) nhiều hơn số đơn vị trong danh sách ({1}).</source>
        <translation>Field &quot;Number of titles&quot; ({0}) is more than the units on the list ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="486"/>
        <source>Trường &quot;Số được chọn tối đa&quot; phải từ 1 đến số đơn vị trong danh sách.</source>
        <translation>Field &quot;Most choices&quot; must be from 1 to the number of units on the list.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="487"/>
        <source>Trường &quot;Tỷ lệ đạt&quot; không hợp lệ: {0}/{1}.</source>
        <translation>Field &quot;Share to pass&quot; is not valid: {0}/{1}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="488"/>
        <source>Phiếu đánh dấu &quot;đồng ý – không đồng ý&quot;: hãy chọn cách nhập &quot;gõ số các tên được giữ lại&quot; (số các đơn vị được đánh dấu &quot;đồng ý&quot;).</source>
        <translation>A ballot marked &quot;agree – disagree&quot;: choose the entry way &quot;type the numbers of the names kept&quot; (the units marked &quot;agree&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="489"/>
        <source>Trường &quot;Nhập phiếu hai lần để đối chiếu&quot;: biểu quyết giơ tay không nhập hai lần.</source>
        <translation>Field &quot;Enter ballots twice to compare&quot;: a show of hands is not entered twice.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="490"/>
        <source>Trường &quot;Ban kiểm phiếu&quot;: một người được chọn hai lần.</source>
        <translation>Field &quot;Counting committee&quot;: a person was chosen twice.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="491"/>
        <source>Trường &quot;Ban kiểm phiếu&quot;: có người không còn trong danh sách.</source>
        <translation>Field &quot;Counting committee&quot;: a person is no longer on the list.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="492"/>
        <source>Trường &quot;Ban kiểm phiếu&quot;: thành viên phải là đại biểu, không phải khách mời.</source>
        <translation>Field &quot;Counting committee&quot;: members must be delegates, not guests.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="493"/>
        <source>Trường &quot;Trưởng ban kiểm phiếu&quot;: chọn một người trong Ban kiểm phiếu.</source>
        <translation>Field &quot;Committee chair&quot;: choose a member of the counting committee.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="494"/>
        <source>Không thể {0}: cuộc bầu đã bắt đầu kiểm phiếu. Chỉ sửa được khi chưa nhập phiếu nào.</source>
        <translation>Cannot {0}: counting has begun. Changes are possible only before any ballot is entered.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="495"/>
        <source>sửa cuộc bầu</source>
        <translation>edit the vote</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="496"/>
        <source>xóa cuộc bầu</source>
        <translation>delete the vote</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="497"/>
        <source>Cuộc bầu có vòng đã xác nhận kết quả: muốn xóa phải mở lại kết quả trước.</source>
        <translation>The vote has a round with a confirmed result: reopen the result before deleting it.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="498"/>
        <source>Trường &quot;Lý do xóa&quot;: cuộc bầu đã nhập phiếu, phải ghi lý do xóa (được ghi vào nhật ký).</source>
        <translation>Field &quot;Reason for deleting&quot;: the vote has ballots entered; give the reason (it is logged).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="499"/>
        <source>Kết quả đã xác nhận: muốn đổi Ban kiểm phiếu phải mở lại kết quả.</source>
        <translation>The result is confirmed: reopen it to change the counting committee.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="500"/>
        <source>Phiếu chọn một đơn vị không có trong danh sách của vòng này.</source>
        <translation>The ballot chooses a unit not on this round&apos;s list.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="501"/>
        <source>Hội nghị mẫu: không có đơn vị &quot;{0}&quot;.</source>
        <translation>Demo meeting: there is no unit &quot;{0}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="502"/>
        <source>Dữ liệu hỏng trong tệp: {0} không đúng dạng một kết quả kiểm phiếu. Hãy chạy Tệp › Kiểm tra tính toàn vẹn, hoặc mở một bản sao lưu.</source>
        <translation>Damaged data in the file: {0} is not a counting result. Run File › Check integrity, or open a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="503"/>
        <source>bảng vote_round, dòng id={0} (vòng {1}), cột result</source>
        <translation>table vote_round, row id={0} (round {1}), column result</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="504"/>
        <source>Không có đơn vị bằng phiếu: không cần bầu vòng tiếp theo.</source>
        <translation>No units are tied: no further round is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="505"/>
        <source>Không xóa được vòng 1: hãy xóa cả cuộc bầu.</source>
        <translation>Round 1 cannot be deleted: delete the whole vote.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="506"/>
        <source>Vòng {0} đã có phiếu: không xóa được.</source>
        <translation>Round {0} has ballots: it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="507"/>
        <source>xóa</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="405"/>
        <source>Ổ đĩa đã đầy, không ghi được vào {0}. Hãy giải phóng dung lượng rồi thử lại.</source>
        <translation>The disk is full; cannot write to {0}. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="183"/>
        <source>Đồng ý cả hai</source>
        <translation>Approves both</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="184"/>
        <source>Không đồng ý CT và CP</source>
        <translation>Disapproves head and deputy</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="185"/>
        <source>Không đồng ý CP</source>
        <translation>Disapproves the deputy</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="186"/>
        <source>Không đồng ý CT</source>
        <translation>Disapproves the head</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="187"/>
        <source>(không bầu)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="188"/>
        <source>CP: {0}</source>
        <translation>Deputy: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="189"/>
        <source>CT: {0} · CP: {1}</source>
        <translation>Head: {0} · Deputy: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="418"/>
        <source>trường &quot;{0}&quot; {1}</source>
        <translation>field &quot;{0}&quot; {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="419"/>
        <source>phải lớn hơn 0</source>
        <translation>must be above 0</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="420"/>
        <source>không được âm</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="421"/>
        <source>trên {0} {1}</source>
        <translation>over {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="422"/>
        <source>từ {0} {1} trở lên</source>
        <translation>{0} of {1} or more</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="423"/>
        <source>phải có ít nhất một tên</source>
        <translation>needs at least one name</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="424"/>
        <source>có tên để trống</source>
        <translation>has an empty name</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="425"/>
        <source>có tên trùng nhau: {0}</source>
        <translation>has names twice: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="426"/>
        <source>là bắt buộc khi &quot;threshold.base&quot; là &quot;{0}&quot;</source>
        <translation>is required when &quot;threshold.base&quot; is &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="430"/>
        <source>Số người có mặt ({0}) nhiều hơn số người được triệu tập ({1}).</source>
        <translation>The number present ({0}) is more than the number summoned ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="431"/>
        <source>Số phiếu thu vào ({0}) nhiều hơn số phiếu phát ra ({1}).</source>
        <translation>Ballots returned ({0}) are more than ballots issued ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="432"/>
        <source>Số phiếu thu vào ({0}) nhiều hơn số người có mặt ({1}).</source>
        <translation>Ballots returned ({0}) are more than the number present ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="433"/>
        <source>Số phiếu hợp lệ ({0}) cộng số phiếu không hợp lệ ({1}) không bằng số phiếu thu vào ({2}).</source>
        <translation>Valid ballots ({0}) plus invalid ballots ({1}) do not equal ballots returned ({2}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="434"/>
        <source>Số phiếu bầu cho {0} ({1}) nhiều hơn số phiếu hợp lệ ({2}).</source>
        <translation>Votes for {0} ({1}) are more than the valid ballots ({2}).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="435"/>
        <source>dài {0} ký tự, tối đa {1} ký tự</source>
        <translation>is {0} characters long, at most {1}</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="436"/>
        <source>có ký tự ẩn đảo chiều chữ ({0}), thường do chép từ trang web hay thư điện tử; hãy gõ lại</source>
        <translation>holds a hidden text-direction character ({0}), usually from copying a web page or an e-mail; type it again</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="437"/>
        <source>có ký tự điều khiển ({0}) không in được; hãy gõ lại</source>
        <translation>holds a control character ({0}) that cannot print; type it again</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="438"/>
        <source>có ký tự không phải chữ ({0}) không in được; hãy gõ lại</source>
        <translation>holds a character that is not a letter ({0}) and cannot print; type it again</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="439"/>
        <source>chỉ có ký tự vô hình, trông như để trống</source>
        <translation>holds only invisible characters and looks empty</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="459"/>
        <source>Trường &quot;Tên ngắn&quot; của đơn vị không được để trống.</source>
        <translation>The unit&apos;s field &quot;Short name&quot; must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="460"/>
        <source>Trường &quot;Tên đầy đủ&quot; của đơn vị không được để trống.</source>
        <translation>The unit&apos;s field &quot;Full title&quot; must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="461"/>
        <source>Tên ngắn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="462"/>
        <source>Tên đầy đủ</source>
        <translation>Full title</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="463"/>
        <source>Trường &quot;{0}&quot; của đơn vị: {1}.</source>
        <translation>The unit&apos;s field &quot;{0}&quot;: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="464"/>
        <source>Đã có đơn vị tên ngắn &quot;{0}&quot;.</source>
        <translation>There is already a unit with the short name &quot;{0}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="465"/>
        <source>Đã có đơn vị &quot;{0}&quot;.</source>
        <translation>There is already a unit &quot;{0}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="466"/>
        <source>Đơn vị &quot;{0}&quot; còn {1} người tham dự. Hãy xóa hoặc chuyển họ sang đơn vị khác trước.</source>
        <translation>The unit &quot;{0}&quot; still has {1} attendees. Delete them or move them to another unit first.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="467"/>
        <source>Đơn vị &quot;{0}&quot; có trong danh sách của cuộc bầu {1}. Hãy bỏ đơn vị khỏi danh sách cuộc bầu (khi cuộc bầu chưa bắt đầu) trước khi xóa.</source>
        <translation>The unit &quot;{0}&quot; is on the list of the vote {1}. Take it off that list (while the vote has not started) before deleting it.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="468"/>
        <source>Không tìm thấy dòng tiêu đề có cột &quot;Tên ngắn&quot; (hoặc &quot;Đơn vị&quot;, &quot;Tỉnh, thành phố&quot;) hay &quot;Tên đầy đủ&quot; trong {0} dòng đầu.</source>
        <translation>No header row with a column &quot;Tên ngắn&quot; (short name; or &quot;Đơn vị&quot;, &quot;Tỉnh, thành phố&quot;) or &quot;Tên đầy đủ&quot; (full title) in the first {0} rows.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="469"/>
        <source>Dòng {0}: chuyển từ bảng mã {1} sang Unicode.</source>
        <translation>Rows {0}: converted from {1} to Unicode.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="470"/>
        <source>Dòng {0}, cột &quot;Tên ngắn&quot;: không được để trống (không tách được tên ngắn từ &quot;{1}&quot;).</source>
        <translation>Row {0}, column &quot;Tên ngắn&quot; (short name): must not be empty (no short name could be taken from &quot;{1}&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="471"/>
        <source>Dòng {0}: đơn vị &quot;{1}&quot; đã có, bỏ qua.</source>
        <translation>Row {0}: the unit &quot;{1}&quot; is already there; skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="472"/>
        <source>Dòng {0}, cột &quot;Tên ngắn&quot;: đã có đơn vị &quot;{1}&quot; với tên đầy đủ &quot;{2}&quot;, khác &quot;{3}&quot;.</source>
        <translation>Row {0}, column &quot;Tên ngắn&quot; (short name): there is already a unit &quot;{1}&quot; with the full title &quot;{2}&quot;, not &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="473"/>
        <source>Dòng {0}, cột &quot;Tên đầy đủ&quot;: đã có đơn vị &quot;{1}&quot;.</source>
        <translation>Row {0}, column &quot;Tên đầy đủ&quot; (full title): there is already a unit &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="474"/>
        <source>Dòng {0}, cột &quot;Tên ngắn&quot;: &quot;{1}&quot; trùng với dòng {2}.</source>
        <translation>Row {0}, column &quot;Tên ngắn&quot; (short name): &quot;{1}&quot; is the same as row {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="475"/>
        <source>Dòng {0}, cột &quot;Tên đầy đủ&quot;: &quot;{1}&quot; trùng với dòng {2}.</source>
        <translation>Row {0}, column &quot;Tên đầy đủ&quot; (full title): &quot;{1}&quot; is the same as row {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="476"/>
        <source>Tệp có {0} đơn vị: một cụm không có quá {1} đơn vị thành viên. Hãy kiểm tra tệp.</source>
        <translation>The file has {0} units: a cluster has no more than {1} member units. Check the file.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="477"/>
        <source>Dữ liệu hỏng trong tệp: {0} có giá trị {1}, không phải {2}. Tệp đã bị sửa ngoài chương trình hoặc bị hỏng: hãy chạy Tệp › Kiểm tra tính toàn vẹn, hoặc mở một bản sao lưu.</source>
        <translation>Damaged data in the file: {0} holds {1}, not {2}. The file was changed outside the program or is damaged: run File › Check integrity, or open a backup.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="61"/>
        <source>Sửa phiếu số {0}</source>
        <translation>Correct ballot no. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="64"/>
        <source>Phiếu &amp;không hợp lệ</source>
        <translation>&amp;Invalid ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="71"/>
        <source>ví dụ: gõ nhầm số</source>
        <translation>e.g. a mistyped number</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="74"/>
        <source>Đang ghi</source>
        <translation>Recorded as</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="78"/>
        <source>&amp;Số thứ tự</source>
        <translation>&amp;Numbers</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="80"/>
        <source>Lý do không hợp &amp;lệ</source>
        <translation>&amp;Why invalid</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="81"/>
        <source>Lý &amp;do sửa</source>
        <translation>&amp;Reason for correction</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="102"/>
        <source>Trường &quot;Lý do sửa&quot; không được để trống.</source>
        <translation>The &quot;Reason for correction&quot; field cannot be empty.</translation>
    </message>
</context>
<context>
    <name>DamagedView</name>
    <message>
        <location filename="../../ui/damaged_view.py" line="15"/>
        <source>Không hiển thị được phần “{0}”</source>
        <translation>Cannot show “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/damaged_view.py" line="22"/>
        <source>Các phần khác của hội nghị vẫn dùng được. Tệp › Kiểm tra tính toàn vẹn… cho biết chỗ nào bị sửa; Tệp › Khôi phục từ bản sao lưu… mở lại một bản còn tốt.</source>
        <translation>The other parts of the meeting still work. File › Check integrity… tells what was changed; File › Restore from a backup… opens a good copy.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="26"/>
        <source>ngày/tháng/năm, ví dụ 19/12/2019</source>
        <translation>day/month/year, e.g. 19/12/2019</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="27"/>
        <source>Gõ 19122019, 19/12/2019, 19-12-2019 hay 19/12/19; Alt+↓ mở lịch</source>
        <translation>Type 19122019, 19/12/2019, 19-12-2019 or 19/12/19 (day first); Alt+↓ opens a calendar</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="30"/>
        <source>Chọn trên lịch (Alt+↓)</source>
        <translation>Choose on a calendar (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>DirectTotalsDialog</name>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="153"/>
        <source>Số liệu biểu quyết giơ tay</source>
        <translation>Show-of-hands totals</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="162"/>
        <source>Số &amp;người biểu quyết</source>
        <translation>&amp;Voters taking part</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="163"/>
        <source>&amp;Không hợp lệ</source>
        <translation>&amp;Invalid</translation>
    </message>
</context>
<context>
    <name>ElectionEntryController</name>
    <message>
        <location filename="../../ui/head_election_controller.py" line="76"/>
        <source>Biểu quyết đề xuất cụm trưởng, cụm phó năm {0}</source>
        <translation>Approve the proposed cluster head and deputy for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="77"/>
        <source>Bầu cụm trưởng, cụm phó năm {0}</source>
        <translation>Elect the cluster head and deputy for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="143"/>
        <source>Trúng cử khi số phiếu {0}. Cụm trưởng xác định trước; phiếu bầu đơn vị trúng cử cụm trưởng làm cụm phó không được tính. Tỷ lệ tính trên {1} ({2}).</source>
        <translation>Elected when the votes are {0}. The cluster head is decided first; deputy votes for the unit elected head do not count. Percentages of {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="161"/>
        <source>{0}: &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>{0}: &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="166"/>
        <source>{0} đơn vị</source>
        <translation>{0} units</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="169"/>
        <source>{0}: chưa xác định – vòng tiếp theo: {1}</source>
        <translation>{0}: not decided – next round: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="201"/>
        <source>Enter: phiếu đồng ý cả hai (cụm trưởng và cụm phó như đề xuất).
Gõ số dòng KHÔNG đồng ý rồi Enter: 1 = cụm trưởng, 2 = cụm phó, 1 2 = cả hai</source>
        <translation>Enter: a ballot approving both (cluster head and deputy as proposed).
Type the lines NOT approved, then Enter: 1 = cluster head, 2 = deputy, 1 2 = both</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="205"/>
        <source>Gõ số thứ tự đơn vị được bầu làm cụm phó rồi Enter (Enter: phiếu không chọn ai)</source>
        <translation>Type the number of the unit elected deputy, then Enter (Enter alone: nobody chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="207"/>
        <source>Gõ số thứ tự đơn vị bầu làm CỤM TRƯỞNG, dấu cách, số thứ tự đơn vị bầu làm CỤM PHÓ, rồi Enter (ví dụ 3 7; 0 = không chọn).
Enter: phiếu không chọn ai</source>
        <translation>Type the number of the unit elected CLUSTER HEAD, a space, the number of the unit elected DEPUTY, then Enter (e.g. 3 7; 0 = none).
Enter alone: a ballot choosing nobody</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="218"/>
        <source>{0} → KHÔNG HỢP LỆ: {1}</source>
        <translation>{0} → INVALID: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="219"/>
        <source>{0} → hợp lệ</source>
        <translation>{0} → valid</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="243"/>
        <source>Không hợp lệ: {0}</source>
        <translation>Invalid: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="315"/>
        <source>Bầu &amp;vòng tiếp theo</source>
        <translation>Ne&amp;xt round</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="326"/>
        <source>In phiếu bầu cụm trưởng, cụm phó</source>
        <translation>Print the head and deputy ballots</translation>
    </message>
</context>
<context>
    <name>ElectionResultView</name>
    <message>
        <location filename="../../ui/head_election_projector.py" line="37"/>
        <source>BIỂU QUYẾT ĐỀ XUẤT CỤM TRƯỞNG, CỤM PHÓ NĂM {0}</source>
        <translation>APPROVING THE PROPOSED CLUSTER HEAD AND DEPUTY FOR {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="39"/>
        <source>BẦU CỤM TRƯỞNG, CỤM PHÓ NĂM {0}</source>
        <translation>ELECTING THE CLUSTER HEAD AND DEPUTY FOR {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="42"/>
        <source> – VÒNG {0}</source>
        <translation> – ROUND {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="48"/>
        <source>Cụm trưởng</source>
        <translation>Cluster head</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="49"/>
        <source>Cụm phó</source>
        <translation>Deputy head</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="54"/>
        <source>{0}: bầu lại giữa {1}</source>
        <translation>{0}: runoff between {1}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="56"/>
        <source>{0}: bầu tiếp vòng {1}</source>
        <translation>{0}: on to round {1}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="63"/>
        <source>Thu vào {0} phiếu · hợp lệ {1} · không hợp lệ {2} · tỷ lệ tính trên {3} ({4}) · ngưỡng (đường đứt): {5}</source>
        <translation>{0} ballots collected · {1} valid · {2} invalid · ratio based on {3} ({4}) · threshold (dashed line): {5}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="83"/>
        <source>CỤM TRƯỞNG</source>
        <translation>CLUSTER HEAD</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="84"/>
        <source>CỤM PHÓ</source>
        <translation>DEPUTY HEAD</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../ui/error_hook.py" line="46"/>
        <source>Không làm được</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <location filename="../../ui/error_hook.py" line="48"/>
        <source>Có lỗi ngoài dự kiến</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/error_hook.py" line="50"/>
        <source>ThiDua gặp một lỗi ngoài dự kiến ({0}: {1}) và đã bỏ qua thao tác vừa rồi.

Dữ liệu đã ghi vẫn an toàn: mỗi thao tác được ghi hẳn vào tệp hội nghị ngay khi xong. Có thể làm tiếp; nếu lỗi lặp lại, hãy lưu tệp ra USB và gửi kèm nhật ký lỗi cho người phụ trách:
{2}</source>
        <translation>ThiDua met an unexpected error ({0}: {1}) and left out the last action.

What was saved is safe: every action is written in full to the meeting file as soon as it is done. You can go on; if the error comes back, save the file to a USB drive and send it with the error log to whoever looks after ThiDua:
{2}</translation>
    </message>
</context>
<context>
    <name>HeadElectionView</name>
    <message>
        <location filename="../../ui/head_election_view.py" line="111"/>
        <location filename="../../ui/head_election_view.py" line="200"/>
        <source>Đề xuất và cách bầu</source>
        <translation>Proposal and way of electing</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="135"/>
        <source>Thứ tự luân phiên</source>
        <translation>Rotation order</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="139"/>
        <source>Đề xuất: cụm trưởng năm sau là đơn vị đứng sau cụm trưởng năm nay trong thứ tự luân phiên, cụm phó là đơn vị tiếp theo.</source>
        <translation>Proposal: next year&apos;s cluster head is the unit after this year&apos;s head in the rotation order; the deputy is the unit after that.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="170"/>
        <source>trên</source>
        <translation>more than</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="171"/>
        <source>từ … trở lên</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="106"/>
        <source>In kết &amp;quả hội nghị</source>
        <translation>Print the conference res&amp;ults</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="108"/>
        <source>Tạo &amp;hội nghị năm sau…</source>
        <translation>Start next &amp;year&apos;s meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="129"/>
        <source>Lên t&amp;rên</source>
        <translation>&amp;Move up</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="131"/>
        <source>&amp;Xuống dưới</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="133"/>
        <source>The&amp;o thứ tự chính thức</source>
        <translation>&amp;Official order</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="155"/>
        <source>Đề xuất theo thứ tự luân &amp;phiên</source>
        <translation>Proposal by &amp;rotation</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="185"/>
        <source>&amp;Nhập phiếu hai lần để đối chiếu</source>
        <translation>Enter the ballots t&amp;wice to cross-check</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="193"/>
        <source>&amp;Lưu cách bầu</source>
        <translation>Sa&amp;ve the way of electing</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="196"/>
        <source>Đã nhập phiếu: không sửa được cách bầu nữa.</source>
        <translation>Ballots have been entered: the way of electing can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="207"/>
        <source>Đề xuất cụm trưởng</source>
        <translation>Proposed cluster head</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="208"/>
        <source>Đề xuất cụm phó</source>
        <translation>Proposed deputy head</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="213"/>
        <source>Cách bầu</source>
        <translation>Way of electing</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="214"/>
        <source>Trúng cử khi số phiếu</source>
        <translation>Elected when the votes are</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="215"/>
        <source>của</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="217"/>
        <source>Ban kiểm phiếu</source>
        <translation>Counting committee</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="218"/>
        <source>Trưởng ban kiểm phiếu</source>
        <translation>Chair of the counting committee</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="244"/>
        <source> (cụm trưởng năm nay)</source>
        <translation> (this year&apos;s cluster head)</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="246"/>
        <source> (cụm phó năm nay)</source>
        <translation> (this year&apos;s deputy head)</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="248"/>
        <source>  → đề xuất cụm trưởng năm {0}</source>
        <translation>  → proposed cluster head for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="250"/>
        <source>  → đề xuất cụm phó năm {0}</source>
        <translation>  → proposed deputy head for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="261"/>
        <source>Chọn một đơn vị trong thứ tự luân phiên trước.</source>
        <translation>Choose a unit in the rotation order first.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="265"/>
        <source>Đơn vị này đã ở đầu danh sách.</source>
        <translation>This unit is already at the top of the list.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="271"/>
        <source>Đơn vị này đã ở cuối danh sách.</source>
        <translation>This unit is already at the bottom of the list.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="293"/>
        <source>Năm nay: cụm trưởng &lt;b&gt;{0}&lt;/b&gt;, cụm phó &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>This year: cluster head &lt;b&gt;{0}&lt;/b&gt;, deputy &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="294"/>
        <location filename="../../ui/head_election_view.py" line="295"/>
        <source>(chưa ghi)</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="309"/>
        <source>(chưa chọn)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="376"/>
        <source>Đã lưu thứ tự luân phiên. Đề xuất mới: cụm trưởng {0}, cụm phó {1}; bấm &quot;Lưu cách bầu&quot; để áp dụng.</source>
        <translation>Rotation order saved. New proposal: cluster head {0}, deputy {1}; press &quot;Save the way of electing&quot; to apply.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="380"/>
        <source>Đề xuất theo thứ tự luân phiên: cụm trưởng {0}, cụm phó {1}; bấm &quot;Lưu cách bầu&quot; để áp dụng.</source>
        <translation>Proposal by rotation: cluster head {0}, deputy {1}; press &quot;Save the way of electing&quot; to apply.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="414"/>
        <source>Không lưu được thứ tự luân phiên</source>
        <translation>Could not save the rotation order</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="492"/>
        <source>Dùng được khi đã xác nhận cả cụm trưởng và cụm phó năm sau.</source>
        <translation>Available once both next year&apos;s cluster head and deputy are confirmed.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="449"/>
        <source>Vòng {0}</source>
        <translation>Round {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="483"/>
        <source>chưa bầu</source>
        <translation>not elected yet</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="486"/>
        <source>Năm {0}: cụm trưởng {1} · cụm phó {2}</source>
        <translation>{0}: cluster head {1} · deputy {2}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help_window.py" line="22"/>
        <source>Hướng dẫn sử dụng ThiDua</source>
        <translation>ThiDua user guide</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="27"/>
        <source>← &amp;Quay lại</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="30"/>
        <source>&amp;Mục lục</source>
        <translation>&amp;Contents</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="111"/>
        <source>Nhập danh sách người tham dự</source>
        <translation>Import the list of attendees</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="116"/>
        <source>Chọn tệp Excel (.xlsx) hoặc CSV (.csv)…</source>
        <translation>Choose an Excel (.xlsx) or CSV (.csv) file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="137"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="137"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="137"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="137"/>
        <source>Đơn vị / Cơ quan</source>
        <translation>Unit / Organization</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="138"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="138"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="138"/>
        <source>Lưu ý</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="154"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="117"/>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="125"/>
        <source>Chuyển chữ gõ bằng &amp;bảng mã cũ (TCVN3, VNI) sang Unicode</source>
        <translation>Con&amp;vert text typed in the old encodings (TCVN3, VNI) to Unicode</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="146"/>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="148"/>
        <source>&amp;Thêm vào danh sách</source>
        <translation>&amp;Add to the list</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="154"/>
        <location filename="../../ui/import_dialog.py" line="200"/>
        <location filename="../../ui/import_dialog.py" line="213"/>
        <source>Đang đọc danh sách…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="155"/>
        <source>Nhập danh sách</source>
        <translation>Import list</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="177"/>
        <source>Chọn danh sách</source>
        <translation>Choose a list</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="179"/>
        <source>Danh sách (*.xlsx *.csv);;Tất cả (*)</source>
        <translation>Lists (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="223"/>
        <source>Đang kiểm tra dòng {0} / {1}…</source>
        <translation>Checking row {0} / {1}…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="226"/>
        <source>Đang đọc dòng {0}…</source>
        <translation>Reading row {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="255"/>
        <source>Không đọc được tệp. Không có gì được thêm.</source>
        <translation>The file could not be read. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="263"/>
        <source>Đã hủy việc đọc tệp. Không có gì được thêm.</source>
        <translation>Reading the file was cancelled. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="308"/>
        <source>Có {0} lỗi: sửa tệp rồi chọn lại. Chưa thêm ai.</source>
        <translation>{0} errors: correct the file and choose it again. Nobody was added.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="313"/>
        <source>Sẽ thêm {0} người.</source>
        <translation>{0} people will be added.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="315"/>
        <source>Sẽ cập nhật {0} người đã có cùng mã (tô xanh).</source>
        <translation>{0} people already listed with the same code will be updated (in blue).</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="317"/>
        <source>{0} người đã có, không thay đổi.</source>
        <translation>{0} people already listed, unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="319"/>
        <source>{0} người có thể đã có trong danh sách (tô vàng).</source>
        <translation>{0} may already be on the list (highlighted in yellow).</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="323"/>
        <source>&amp;Thêm {0}, cập nhật {1} người</source>
        <translation>&amp;Add {0}, update {1} people</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="325"/>
        <source>Cập &amp;nhật {0} người</source>
        <translation>&amp;Update {0} people</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="327"/>
        <source>&amp;Thêm {0} người</source>
        <translation>&amp;Add {0} people</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="345"/>
        <source>Các dòng {0} được gõ bằng bảng mã cũ {1} và đã được chuyển sang Unicode: xem lại tên trước khi thêm.</source>
        <translation>Rows {0} were typed in the old {1} encoding and have been converted to Unicode: check the names before adding.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="352"/>
        <source>Tệp có chữ gõ bằng bảng mã cũ {0}, chưa chuyển sang Unicode.</source>
        <translation>The file has text typed in the old {0} encoding, not converted to Unicode.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="364"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="365"/>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="366"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="373"/>
        <source>Cập nhật: {0}</source>
        <translation>Update: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="375"/>
        <source>Đã có, không thay đổi</source>
        <translation>Already listed, unchanged</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/scoring_view.py" line="100"/>
        <source>Thêm khoản mục của bảng điểm</source>
        <translation>New item of the scoring table</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="103"/>
        <source>(không thuộc nhóm nào)</source>
        <translation>(in no group)</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="118"/>
        <source>&amp;Mã:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="119"/>
        <source>&amp;Thuộc nhóm:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="120"/>
        <source>&amp;Loại:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="121"/>
        <source>Nội &amp;dung:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="122"/>
        <source>Điểm tối đ&amp;a:</source>
        <translation>&amp;Maximum:</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="123"/>
        <source>&amp;Chỉ tiêu / điểm mỗi lần:</source>
        <translation>Target / points &amp;each:</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="124"/>
        <source>Đơn &amp;vị tính:</source>
        <translation>Measured &amp;in:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Chỉ xem: {0} Mọi thay đổi đều bị từ chối; muốn làm việc, hãy mở tệp để ghi.</source>
        <translation>View only: {0} Every change is refused; to work, open the file for writing.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Chuẩn bị</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Đăng ký đại biểu</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Suy tôn</source>
        <translation>Acclamation vote</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Bầu cụm trưởng – cụm phó</source>
        <translation>Head and deputy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Giao ước thi đua</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>In ấn</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Hội nghị &amp;mới…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>&amp;Mở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Mở hội nghị mẫu</source>
        <translation>Open the demo meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Lưu bản sao thành…</source>
        <translation>&amp;Save a copy as…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>Đó&amp;ng hội nghị</source>
        <translation>&amp;Close meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Tạo hội nghị năm &amp;sau từ hội nghị này…</source>
        <translation>Start &amp;next year&apos;s meeting from this one…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Chỉ có một màn hình: màn chiếu mở thành một cửa sổ riêng (cắm máy chiếu, chọn Mở rộng bằng Windows + P, rồi Máy chiếu › Hiện trên màn hình 2).</source>
        <translation>Only one screen: the projector view opens as a window of its own (plug in the projector, choose Extend with Windows + P, then Projector › Show on screen 2).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="650"/>
        <source>Giới thiệu ThiDua</source>
        <translation>About ThiDua</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Lễ tân</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Chấm điểm</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Má&amp;y chiếu</source>
        <translation>&amp;Projector</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Bước</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>&amp;Giới thiệu ThiDua</source>
        <translation>&amp;About ThiDua</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>{0} (không tìm thấy)</source>
        <translation>{0} (not found)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>Hiện trên màn hình {0} ({1}×{2})</source>
        <translation>Show on screen {0} ({1}×{2})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>Tắt màn chiếu (Esc trên màn chiếu)</source>
        <translation>Turn the projector off (Esc on the projector)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Đã mở màn chiếu trên màn hình {0}.</source>
        <translation>The projector view is open on screen {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source> – chỉ xem</source>
        <translation> – view only</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>Mã nhật ký: {0}</source>
        <translation>Log code: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>Mã của toàn bộ nhật ký tệp lúc này; đổi sau mỗi thao tác. Biên bản in mã xác nhận của kết quả, không đổi khi in lại (docs/safety.md).</source>
        <translation>The code of the file&apos;s whole log now; it changes after every action. The minutes print the result&apos;s confirmation code, which stays the same on every reprint (docs/safety.md).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="424"/>
        <source>Khi mở tệp</source>
        <translation>On opening the file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>Tệp {0} đang mở.</source>
        <translation>{0} is already open.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>mở tệp khác</source>
        <translation>open another file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>Không mở được để ghi</source>
        <translation>Cannot open for writing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>{0}

Mở tệp chỉ để xem?</source>
        <translation>{0}

Open the file to view only?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>Không mở được tệp hội nghị</source>
        <translation>Cannot open the meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>Tệp không nằm trên máy này</source>
        <translation>The file is not on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>Tệp {0} nằm trên {1}. Làm việc trực tiếp trên đó chậm, và mất dữ liệu khi mất mạng, rút ổ hay khi dịch vụ đồng bộ ghi đè. Nên chép về máy (thư mục Tài liệu) và làm việc trên bản chép; cuối buổi chép lại ra ổ đó.</source>
        <translation>{0} is on a {1}. Working on it there is slow, and loses data when the network drops, the drive is pulled out or a sync service overwrites it. Copy it to this computer (Documents) and work on the copy; copy it back at the end of the day.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>&amp;Chép về máy và mở</source>
        <translation>&amp;Copy to this computer and open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>&amp;Vẫn mở tại chỗ</source>
        <translation>Open it &amp;there anyway</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <location filename="../../ui/main_window.py" line="626"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>Không chép được tệp về máy</source>
        <translation>Could not copy the file to this computer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>Đang làm việc trên bản chép {0}</source>
        <translation>Working on the copy {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="507"/>
        <source>mở hội nghị mẫu</source>
        <translation>open the demo meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>Không mở được hội nghị mẫu</source>
        <translation>Cannot open the demo meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="523"/>
        <source>Mở tệp hội nghị</source>
        <translation>Open a meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>Tạo hội nghị mới</source>
        <translation>Create a new meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="539"/>
        <source>tạo hội nghị mới</source>
        <translation>create a new meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547"/>
        <source>Không tạo được hội nghị</source>
        <translation>Cannot create the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="556"/>
        <source>Lưu bản sao</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="564"/>
        <source>Không lưu được bản sao</source>
        <translation>Cannot save the copy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="566"/>
        <source>Đã lưu bản sao vào {0}</source>
        <translation>Copy saved to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="571"/>
        <source>tạo hội nghị năm sau</source>
        <translation>create next year&apos;s meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="585"/>
        <source>Đã tạo hội nghị năm sau</source>
        <translation>Next year&apos;s meeting created</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="586"/>
        <source>Đã ghi {0}.

{1}

Mở hội nghị năm sau ngay?</source>
        <translation>Saved {0}.

{1}

Open next year&apos;s meeting now?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592"/>
        <source>đóng hội nghị</source>
        <translation>close the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="603"/>
        <source>đổi ngôn ngữ</source>
        <translation>change the language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="622"/>
        <source>Có thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="623"/>
        <source>Trước khi {0}:</source>
        <translation>Before you {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="624"/>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="625"/>
        <source>&amp;Bỏ thay đổi</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="651"/>
        <source>ThiDua – phần mềm điều hành hội nghị tổng kết cụm thi đua, chạy không cần mạng.</source>
        <translation>ThiDua – runs the year-end conference of an emulation cluster, with no network needed.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="655"/>
        <source>thoát chương trình</source>
        <translation>quit the program</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../ui/meeting_form.py" line="68"/>
        <source>phải vượt quá tỷ lệ (&gt;), không chỉ bằng (≥)</source>
        <translation>must exceed the ratio (&gt;), not just reach it (≥)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="70"/>
        <source>đơn vị thành viên có mặt</source>
        <translation>member units present</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="71"/>
        <source>người có quyền biểu quyết có mặt</source>
        <translation>voters present</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="73"/>
        <source>Mỗi đơn vị một phiếu (trưởng đoàn bỏ phiếu)</source>
        <translation>One vote per member unit (cast by the head of delegation)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="74"/>
        <source>Mỗi đại biểu một phiếu</source>
        <translation>One vote per delegate</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="77"/>
        <source>ít nhất</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="85"/>
        <location filename="../../ui/meeting_form.py" line="148"/>
        <source>Cơ quan chủ quản</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="86"/>
        <location filename="../../ui/meeting_form.py" line="149"/>
        <source>Tên cụm thi đua</source>
        <translation>Cluster name</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="87"/>
        <location filename="../../ui/meeting_form.py" line="150"/>
        <source>Thành viên của cụm</source>
        <translation>Cluster members</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="88"/>
        <location filename="../../ui/meeting_form.py" line="151"/>
        <source>Tên hội nghị</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="89"/>
        <location filename="../../ui/meeting_form.py" line="152"/>
        <source>Năm tổng kết</source>
        <translation>Year reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="90"/>
        <location filename="../../ui/meeting_form.py" line="153"/>
        <source>Năm giao ước</source>
        <translation>Agreement year</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="91"/>
        <location filename="../../ui/meeting_form.py" line="154"/>
        <source>Địa điểm tổ chức</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="92"/>
        <location filename="../../ui/meeting_form.py" line="155"/>
        <source>Địa danh ghi trên văn bản</source>
        <translation>Place in the date line</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="93"/>
        <location filename="../../ui/meeting_form.py" line="156"/>
        <source>Ngày họp</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="94"/>
        <location filename="../../ui/meeting_form.py" line="157"/>
        <source>Đơn vị đăng cai</source>
        <translation>Host unit</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="95"/>
        <location filename="../../ui/meeting_form.py" line="158"/>
        <source>Cụm trưởng năm nay</source>
        <translation>This year&apos;s cluster head</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="96"/>
        <location filename="../../ui/meeting_form.py" line="159"/>
        <source>Cụm phó năm nay</source>
        <translation>This year&apos;s deputy</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="97"/>
        <source>Tiêu đề cơ quan ban hành
(mỗi dòng một dòng)</source>
        <translation>Issuing body heading
(one line per line)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="98"/>
        <source>Điều kiện hợp lệ (số có mặt)</source>
        <translation>Quorum (attendance)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="100"/>
        <location filename="../../ui/meeting_form.py" line="167"/>
        <source>Quyền biểu quyết</source>
        <translation>Who votes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="105"/>
        <source>&amp;Lưu thông tin hội nghị</source>
        <translation>Sa&amp;ve the meeting details</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="107"/>
        <source>Alt+L hoặc Ctrl+S</source>
        <translation>Alt+V or Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="160"/>
        <source>Tiêu đề cơ quan ban hành</source>
        <translation>Issuing body heading</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="163"/>
        <source>Điều kiện hợp lệ</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="186"/>
        <source>● Có thay đổi chưa lưu: {0}</source>
        <translation>● Changes not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="233"/>
        <source>(chưa chọn)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="280"/>
        <source>Không có thay đổi nào cần lưu.</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="287"/>
        <source>Trường &quot;Ngày họp&quot;: &quot;{0}&quot; không phải một ngày. Gõ ví dụ 19/12/2019, 19122019 hay 19-12-2019.</source>
        <translation>The &quot;Date&quot; field: &quot;{0}&quot; is not a date. Type, for example, 19/12/2019, 19122019 or 19-12-2019 (day first).</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="301"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <location filename="../../ui/printing.py" line="137"/>
        <source>Đang tạo {0}…</source>
        <translation>Creating {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="138"/>
        <source>In ấn</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="160"/>
        <source>Không ghi được {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="57"/>
        <source>Đã tạo tệp PDF</source>
        <translation>PDF created</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="59"/>
        <source>Đã ghi {0}, nhưng máy không mở được tệp PDF (chưa có chương trình xem PDF?).</source>
        <translation>Saved {0}, but this computer could not open the PDF (no PDF viewer installed?).</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="64"/>
        <source>Mở &amp;thư mục chứa tệp</source>
        <translation>Open the containing &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="66"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="171"/>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
</context>
<context>
    <name>PeopleController</name>
    <message>
        <location filename="../../ui/people_controller.py" line="54"/>
        <source>Thêm {0}</source>
        <translation>Add {0}</translation>
    </message>
    <message>
        <location filename="../../ui/people_controller.py" line="64"/>
        <source>Sửa {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location filename="../../ui/people_controller.py" line="73"/>
        <source>Xóa {0} người</source>
        <translation>Delete {0} people</translation>
    </message>
    <message>
        <location filename="../../ui/people_controller.py" line="93"/>
        <source>Nhập {0} người từ {1}</source>
        <translation>Import {0} people from {1}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../ui/table_models.py" line="107"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="108"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="109"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="110"/>
        <source>Đơn vị / Cơ quan</source>
        <translation>Unit / Organization</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="111"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="112"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="117"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="118"/>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="119"/>
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
        <location filename="../../ui/people_view.py" line="55"/>
        <source>Thêm &amp;người…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="56"/>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="57"/>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="58"/>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="59"/>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="60"/>
        <source>Nhập từ &amp;Excel/CSV…</source>
        <translation>&amp;Import from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="61"/>
        <source>X&amp;uất Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="126"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="130"/>
        <source>{0} người</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="132"/>
        <source>Hiện {0} trong {1} người</source>
        <translation>Showing {0} of {1} people</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="145"/>
        <source>Chưa có ai trong danh sách: bấm «Thêm người…» hoặc «Nhập từ Excel/CSV…».</source>
        <translation>Nobody is on the list yet: press «Add person…» or «Import from Excel/CSV…».</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="147"/>
        <source>Không ai khớp với ô tìm kiếm: xóa bớt chữ trong ô tìm kiếm.</source>
        <translation>Nobody matches the search: remove some text from the search box.</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="151"/>
        <source>Chọn một người trong bảng trước (bấm vào dòng, hoặc Tab tới bảng rồi dùng ↑ ↓, Space).</source>
        <translation>Select a person in the table first (click the row, or Tab to the table and use ↑ ↓, Space).</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="171"/>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="180"/>
        <source>Xuất danh sách</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="189"/>
        <source>Không xuất được</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="194"/>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="191"/>
        <source>Đã xuất {0} người vào {1}</source>
        <translation>Exported {0} people to {1}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/person_dialog.py" line="25"/>
        <source>Sửa thông tin người tham dự</source>
        <translation>Edit attendee</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="25"/>
        <source>Thêm người tham dự</source>
        <translation>Add attendee</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../ui/person_fields.py" line="17"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="18"/>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="19"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="30"/>
        <source>chưa có đơn vị: thêm ở Chuẩn bị › Đơn vị thành viên</source>
        <translation>no units yet: add them in Preparation › Member units</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="34"/>
        <source>để trống: tự cấp mã</source>
        <translation>leave empty to assign one</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="38"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="39"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="40"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="41"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="42"/>
        <source>Cơ quan (khách mời)</source>
        <translation>Organization (guests)</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="43"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="44"/>
        <source>Mã (chữ số)</source>
        <translation>Code (digits)</translation>
    </message>
</context>
<context>
    <name>PinSettingsDialog</name>
    <message>
        <location filename="../../ui/pin_dialog.py" line="90"/>
        <source>Mã PIN bảo vệ kết quả</source>
        <translation>PIN to protect results</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="95"/>
        <source>Khi đặt mã PIN, muốn mở lại một kết quả đã xác nhận, hoặc sửa những gì kết quả đó dựa vào, phải nhập mã PIN. Mã PIN được lưu dạng băm trong tệp hội nghị.</source>
        <translation>Once a PIN is set, reopening a confirmed result, or changing anything that result depends on, requires the PIN. The PIN is stored hashed in the meeting file.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="104"/>
        <source>để trống để bỏ mã PIN</source>
        <translation>leave empty to remove the PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="104"/>
        <source>ít nhất 4 ký tự</source>
        <translation>at least 4 characters</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="108"/>
        <source>Mã PIN hiện tại</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="109"/>
        <source>Mã PIN mới</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="110"/>
        <source>Nhập lại mã PIN mới</source>
        <translation>Repeat the new PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="122"/>
        <source>Hai lần nhập mã PIN mới không giống nhau.</source>
        <translation>The two new PINs do not match.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/print_preview.py" line="63"/>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="255"/>
        <source>Xem trước – {0}</source>
        <translation>Preview – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="267"/>
        <source>Không hiển thị được các trang của tệp PDF này ({0}).</source>
        <translation>The pages of this PDF file cannot be shown ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="269"/>
        <source>Trang &amp;trước</source>
        <translation>P&amp;revious page</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="270"/>
        <source>Trang &amp;sau</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="273"/>
        <source>Trang</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="274"/>
        <source>Tr&amp;ang:</source>
        <translation>Pa&amp;ge:</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="276"/>
        <source>/ {0}</source>
        <translation>/ {0}</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="277"/>
        <source>Thu &amp;nhỏ</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="278"/>
        <source>&amp;Phóng to</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="279"/>
        <source>&amp;Cả trang</source>
        <translation>&amp;Whole page</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="280"/>
        <source>&amp;Vừa chiều ngang</source>
        <translation>Fit wi&amp;dth</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="282"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="284"/>
        <source>&amp;Mở bằng trình xem PDF</source>
        <translation>Open in PDF &amp;viewer</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="285"/>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="294"/>
        <source>Trang đang xem</source>
        <translation>The page shown</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="460"/>
        <source>Máy tính này chưa có máy in nào. Hãy cài đặt hoặc bật máy in (Windows: Cài đặt › Bluetooth và thiết bị › Máy in và máy quét) rồi bấm In lại.</source>
        <translation>This computer has no printer. Install or switch on a printer (Windows: Settings › Bluetooth &amp; devices › Printers &amp; scanners), then press Print again.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="470"/>
        <source>Chưa in: đã đóng hộp thoại In.</source>
        <translation>Not printed: the Print dialog was closed.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="477"/>
        <source>Không tìm thấy máy in «{0}» trên máy tính này.</source>
        <translation>The printer “{0}” is not on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="485"/>
        <source>Khoảng trang «{0}» không có trang nào của văn bản này (văn bản có {1} trang).</source>
        <translation>The page range “{0}” holds no page of this document (it has {1} pages).</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="501"/>
        <source>Đã gửi {0} trang × {1} bản tới máy in {2}.</source>
        <translation>Sent {0} page(s) × {1} copies to the printer {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="509"/>
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
</context>
<context>
    <name>PrintBallotsDialog</name>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="112"/>
        <source>In phiếu suy tôn</source>
        <translation>Print acclamation ballots</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="118"/>
        <source>{0} phiếu mỗi trang A4</source>
        <translation>{0} ballots per A4 page</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="122"/>
        <source>Mặc định: mỗi người có quyền biểu quyết đang có mặt một phiếu. Số phiếu in được ghi là số phiếu phát ra.</source>
        <translation>By default, one ballot for each voter present. The number printed is recorded as the number of ballots issued.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="127"/>
        <source>&amp;Số phiếu</source>
        <translation>&amp;Number of ballots</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="128"/>
        <source>&amp;Cách xếp</source>
        <translation>&amp;Layout</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../ui/print_preview.py" line="212"/>
        <source>Đang gửi tới máy in {0}…</source>
        <translation>Sending to the printer {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="214"/>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="237"/>
        <source>Máy in {0} không nhận lệnh in (máy in đã tắt, đã bị gỡ hoặc hết giấy?). Tệp PDF vẫn được lưu.</source>
        <translation>The printer {0} did not take the job (is it off, removed or out of paper?). The PDF file is still saved.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="240"/>
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message>
        <location filename="../../ui/print_view.py" line="23"/>
        <source>In ấn</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="26"/>
        <source>Mỗi văn bản được lưu thành tệp PDF trong thư mục {0} rồi hiện từng trang để xem và in.</source>
        <translation>Each document is saved as a PDF file in the folder {0}, then shown page by page to look at and print.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="40"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="40"/>
        <source>In &amp;{0}…</source>
        <translation>Print &amp;{0}…</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="51"/>
        <source>Cuộc bầu (cho phiếu, biên bản, kết quả):</source>
        <translation>Vote (for the ballots, minutes and results):</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../ui/protocol_models.py" line="244"/>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_models.py" line="245"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_models.py" line="246"/>
        <source>Người thực hiện</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_models.py" line="247"/>
        <source>Gắn với bước</source>
        <translation>Stage</translation>
    </message>
</context>
<context>
    <name>ProgrammeProjectorView</name>
    <message>
        <location filename="../../ui/protocol_projector.py" line="72"/>
        <source>ĐANG DIỄN RA</source>
        <translation>NOW</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_projector.py" line="74"/>
        <source>TIẾP THEO</source>
        <translation>NEXT</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="24"/>
        <source>ThiDua – Màn chiếu</source>
        <translation>ThiDua – Projector</translation>
    </message>
</context>
<context>
    <name>ProtocolView</name>
    <message>
        <location filename="../../ui/protocol_view.py" line="82"/>
        <location filename="../../ui/protocol_view.py" line="403"/>
        <source>Thứ tự lễ tân</source>
        <translation>Order of rank</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="83"/>
        <source>Chỗ ngồi</source>
        <translation>Seating</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="84"/>
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="85"/>
        <source>Lời dẫn</source>
        <translation>MC&apos;s script</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="86"/>
        <source>Tin bài</source>
        <translation>News report</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="106"/>
        <source>&amp;Lên</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="107"/>
        <source>&amp;Xuống</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="108"/>
        <source>Thứ tự &amp;mặc định</source>
        <translation>&amp;Reset to default order</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="112"/>
        <location filename="../../ui/protocol_view.py" line="161"/>
        <source>H&amp;oàn tác</source>
        <translation>Und&amp;o</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="117"/>
        <source>Khách mời cấp trên, rồi lãnh đạo tỉnh chủ nhà, rồi các đoàn theo thứ tự của cụm; trong mỗi nhóm theo chức vụ. Kéo một dòng hoặc dùng Lên/Xuống để sắp xếp lại.</source>
        <translation>Guests of the commission, then the host province&apos;s leaders, then the delegations in the cluster&apos;s order; within each group by position. Drag a row or use Move up/down to reorder.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="152"/>
        <source>Đổi chỗ &amp;hai ghế</source>
        <translation>S&amp;wap two seats</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="156"/>
        <source>Số ghế &amp;mỗi hàng:</source>
        <translation>Seats per &amp;row:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="159"/>
        <source>Xếp &amp;lại mặc định</source>
        <translation>Default &amp;layout</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="165"/>
        <source>In &amp;biển tên (ghế đã chọn)</source>
        <translation>Print name plates (&amp;chosen seats)</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="167"/>
        <source>In biển tên mọi &amp;người</source>
        <translation>Print name plates for &amp;everyone</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="169"/>
        <source>In &amp;sơ đồ</source>
        <translation>Print seating pla&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="171"/>
        <source>Khổ &amp;A3</source>
        <translation>&amp;A3 paper</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="173"/>
        <source>&amp;Khối ghế:</source>
        <translation>Seat &amp;group:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="176"/>
        <source>Chiế&amp;u sơ đồ</source>
        <translation>Show on pro&amp;jector</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="181"/>
        <source>Kéo tên vào một ghế (ghế có người thì hai người đổi chỗ), hoặc chọn hai ghế rồi bấm Đổi chỗ.</source>
        <translation>Drag a name onto a seat (onto a taken seat the two swap), or select two seats and press Swap.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="227"/>
        <source>Thê&amp;m mục</source>
        <translation>Add &amp;item</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="228"/>
        <source>&amp;Xóa mục</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="229"/>
        <source>&amp;Lưu chương trình</source>
        <translation>Sa&amp;ve programme</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="230"/>
        <source>&amp;In chương trình</source>
        <translation>Prin&amp;t programme</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="231"/>
        <source>Chiế&amp;u lên màn hình</source>
        <translation>Show on pro&amp;jector</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="232"/>
        <source>Mục t&amp;rước</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="233"/>
        <source>Mục tiế&amp;p</source>
        <translation>&amp;Next item</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="267"/>
        <source>Làm &amp;mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="268"/>
        <source>&amp;Lưu lời dẫn</source>
        <translation>Sa&amp;ve script</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="269"/>
        <source>&amp;In lời dẫn</source>
        <translation>Prin&amp;t script</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="276"/>
        <source>Chỉ giới thiệu người đã điểm danh. Bấm Làm mới ngay trước giờ khai mạc; có thể sửa trước khi in.</source>
        <translation>Only people checked in are introduced. Press Refresh just before the opening; the text can be edited before printing.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="295"/>
        <source>Đánh giá &amp;kết quả năm (ban tổ chức viết, đưa vào tin bài):</source>
        <translation>Assessment of the year (written by the organizers; goes into the news &amp;report):</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="300"/>
        <source>&amp;Lưu đánh giá</source>
        <translation>Sa&amp;ve assessment</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="301"/>
        <source>Xuất &amp;Word</source>
        <translation>Export &amp;Word</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="302"/>
        <source>Xuất văn &amp;bản</source>
        <translation>Export plain te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="303"/>
        <source>&amp;In tin bài (PDF)</source>
        <translation>Prin&amp;t news report (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="317"/>
        <source>Dự thảo tin bài:</source>
        <translation>Draft news report:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="327"/>
        <source>Không còn gì để hoàn tác.</source>
        <translation>Nothing left to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="346"/>
        <source>(chọn để đánh dấu các ghế)</source>
        <translation>(choose to select its seats)</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="347"/>
        <source>Bàn chủ tọa</source>
        <translation>Head table</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="348"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="362"/>
        <source>Danh sách có mặt hoặc chương trình đã thay đổi từ khi sửa lời dẫn: bấm Làm mới.</source>
        <translation>The attendance or the programme changed since the script was edited: press Refresh.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="385"/>
        <source>Chọn một người trong danh sách trước.</source>
        <translation>Select a person in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="402"/>
        <source>Bỏ thứ tự đã sắp xếp, trở về thứ tự mặc định theo nhóm và chức vụ?</source>
        <translation>Drop the order you arranged and go back to the default order by group and position?</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="432"/>
        <source>Chọn đúng hai ghế (giữ Ctrl khi bấm) rồi bấm Đổi chỗ.</source>
        <translation>Select exactly two seats (hold Ctrl while clicking), then press Swap.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="446"/>
        <location filename="../../ui/protocol_view.py" line="456"/>
        <location filename="../../ui/protocol_view.py" line="480"/>
        <source>Sơ đồ chỗ ngồi</source>
        <translation>Seating plan</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="447"/>
        <source>Đổi số ghế mỗi hàng sẽ xếp lại sơ đồ từ đầu (bỏ các chỗ đã đổi). Tiếp tục?</source>
        <translation>Changing the seats per row lays the plan out again (the seats changed are dropped). Go on?</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="455"/>
        <source>Bỏ các chỗ đã đổi, xếp lại sơ đồ mặc định?</source>
        <translation>Drop the seats changed and lay out the default plan again?</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="469"/>
        <source>Chọn các ghế cần in biển tên trước (hoặc in cho mọi người).</source>
        <translation>Select the seats to print name plates for first (or print for everyone).</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="487"/>
        <source>Chương trình đã sửa, chưa lưu.</source>
        <translation>The programme was edited and is not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="493"/>
        <source>Mục mới</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="500"/>
        <source>Chọn một mục của chương trình trước.</source>
        <translation>Select an item of the programme first.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="574"/>
        <source>Không ghi được tệp: {0}</source>
        <translation>Could not write the file: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="576"/>
        <source>Đã ghi {0}</source>
        <translation>Written: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="592"/>
        <source>chương trình</source>
        <translation>programme</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="594"/>
        <source>lời dẫn chương trình</source>
        <translation>MC&apos;s script</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_view.py" line="596"/>
        <source>đánh giá kết quả năm</source>
        <translation>assessment of the year</translation>
    </message>
</context>
<context>
    <name>RankModel</name>
    <message>
        <location filename="../../ui/protocol_models.py" line="74"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_models.py" line="75"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_models.py" line="76"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_models.py" line="77"/>
        <source>Đơn vị / cơ quan</source>
        <translation>Unit / organization</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_models.py" line="78"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../ui/scoring_models.py" line="120"/>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="121"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="122"/>
        <source>Tự chấm</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="123"/>
        <source>Thẩm định</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="124"/>
        <source>Điều chỉnh</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="125"/>
        <source>Nữ ≥ 70 %</source>
        <translation>Women ≥ 70 %</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="126"/>
        <source>Còn thiếu</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="142"/>
        <source> (đồng hạng)</source>
        <translation> (tied)</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="153"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="45"/>
        <source>Trường &quot;Lý do&quot; không được để trống.</source>
        <translation>The &quot;Reason&quot; field cannot be empty.</translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <location filename="../../ui/registration_model.py" line="109"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="110"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="111"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="112"/>
        <source>Đơn vị / Cơ quan</source>
        <translation>Unit / Organization</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="113"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="114"/>
        <source>Có mặt lúc</source>
        <translation>Checked in at</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="119"/>
        <source>Thay cho {0}</source>
        <translation>In place of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="121"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="122"/>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="123"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="131"/>
        <source>vắng – {0} thay</source>
        <translation>absent – substitute: {0}</translation>
    </message>
</context>
<context>
    <name>RegistrationView</name>
    <message>
        <location filename="../../ui/registration_view.py" line="140"/>
        <source>Gõ tên, chức vụ, đơn vị hoặc mã (không dấu cũng được), Enter để điểm danh; hoặc quét mã QR</source>
        <translation>Type a name, position, unit or code (diacritics optional), Enter to check in; or scan the QR code</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="182"/>
        <source>Đại biểu có mặt</source>
        <translation>Delegates present</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="183"/>
        <source>Khách mời có mặt</source>
        <translation>Guests present</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="184"/>
        <source>Đơn vị có đại biểu</source>
        <translation>Units represented</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="185"/>
        <source>Có quyền biểu quyết</source>
        <translation>Voters present</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="197"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="198"/>
        <source>Chưa điểm danh</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="199"/>
        <source>Đã điểm danh</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="163"/>
        <source>&amp;Hoàn tác (Ctrl+Z)</source>
        <translation>&amp;Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="225"/>
        <source>&amp;Người đến thêm… (F2)</source>
        <translation>&amp;Walk-in… (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="227"/>
        <source>Hủy điểm &amp;danh người đang chọn</source>
        <translation>&amp;Cancel the selected check-in</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="229"/>
        <source>&amp;In danh sách ký tên</source>
        <translation>Print the sign-&amp;in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="231"/>
        <source>In thẻ đại &amp;biểu</source>
        <translation>Print &amp;badges</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="233"/>
        <source>Thẻ của &amp;tất cả mọi người</source>
        <translation>Badges for &amp;everyone</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="237"/>
        <source>Thẻ của người đang &amp;chọn</source>
        <translation>Badge for the &amp;selected person</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="242"/>
        <source>In báo cáo có &amp;mặt</source>
        <translation>Print the attendance &amp;report</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="244"/>
        <source>Chiếu &amp;lên màn hình</source>
        <translation>Sh&amp;ow on the projector</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="246"/>
        <source>Đưa lời chào và số đại biểu có mặt lên màn chiếu (menu Máy chiếu)</source>
        <translation>Show the welcome and the number of delegates present on the projector (Projector menu)</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="266"/>
        <source>Phím: Enter điểm danh · ↑ ↓ chọn người · Esc xóa ô tìm · Ctrl+Z hoàn tác · F2 người đến thêm · F4 đổi danh sách hiện · Alt + chữ gạch chân: bấm nút đó</source>
        <translation>Keys: Enter checks in · ↑ ↓ choose a person · Esc clears the search · Ctrl+Z undo · F2 walk-in · F4 changes who is shown · Alt + underlined letter: press that button</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="277"/>
        <source>Hiện (F4):</source>
        <translation>Show (F4):</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="299"/>
        <source>Sẵn sàng điểm danh</source>
        <translation>Ready to check in</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="300"/>
        <source>Gõ tên người đến hoặc quét mã QR trên thẻ đại biểu.</source>
        <translation>Type the name of the person arriving or scan the QR code on their badge.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="346"/>
        <source> (trong đó {0} dự thay)</source>
        <translation> (of whom {0} substitutes)</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="348"/>
        <source> (+{0} ngoài danh sách)</source>
        <translation> (+{0} not on the list)</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="354"/>
        <source>✔ Đủ điều kiện: {0} ({1}/{2})</source>
        <translation>✔ Quorum reached: {0} ({1}/{2})</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="357"/>
        <source>✘ Chưa đủ điều kiện: cần {0} ({1}/{2})</source>
        <translation>✘ No quorum yet: needs {0} ({1}/{2})</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="367"/>
        <source>Hủy điểm danh của {0}</source>
        <translation>Cancel the check-in of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="369"/>
        <source>Chưa có gì để hoàn tác</source>
        <translation>Nothing to undo yet</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="379"/>
        <source>{0} người</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="381"/>
        <source>{0} trong {1} người</source>
        <translation>{0} of {1} people</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="437"/>
        <location filename="../../ui/registration_view.py" line="452"/>
        <location filename="../../ui/registration_view.py" line="502"/>
        <source>Không ghi được</source>
        <translation>Cannot record</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="468"/>
        <source>Đã điểm danh lúc {0}</source>
        <translation>Checked in at {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="473"/>
        <source>{0} đã điểm danh lúc {1} – không ghi thêm.</source>
        <translation>{0} already checked in at {1} – nothing recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="478"/>
        <source>Không có ai mang mã {0}</source>
        <translation>Nobody has the code {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="479"/>
        <source>Kiểm tra lại thẻ, hoặc gõ tên để tìm. Không có gì thay đổi.</source>
        <translation>Check the badge, or type the name to search. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="485"/>
        <source>Không tìm thấy «{0}»</source>
        <translation>«{0}» not found</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="486"/>
        <source>Người chưa có trong danh sách: bấm «Người đến thêm…» (F2).</source>
        <translation>Someone not on the list: press «Walk-in…» (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="492"/>
        <source>Có {0} người khớp với «{1}»</source>
        <translation>{0} people match «{1}»</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="493"/>
        <source>Gõ thêm, hoặc chọn bằng phím ↑ ↓ rồi nhấn Enter.</source>
        <translation>Type more, or choose with ↑ ↓ and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="506"/>
        <location filename="../../ui/registration_view.py" line="531"/>
        <source>Đã hủy điểm danh</source>
        <translation>Check-in cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="508"/>
        <source>Người này chưa được tính là có mặt.</source>
        <translation>This person is no longer counted as present.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="517"/>
        <source>Chọn một người đã điểm danh</source>
        <translation>Select someone who has checked in</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="518"/>
        <source>Dùng phím ↑ ↓ hoặc bấm vào một dòng có giờ điểm danh.</source>
        <translation>Use ↑ ↓ or click a row with a check-in time.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="524"/>
        <source>Hủy điểm danh của {0}?</source>
        <translation>Cancel the check-in of {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="525"/>
        <source>Hủy điểm danh</source>
        <translation>Cancel check-in</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="529"/>
        <source>Không hủy được</source>
        <translation>Cannot cancel</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="557"/>
        <source>Chưa có ai trong danh sách</source>
        <translation>Nobody is on the list yet</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="558"/>
        <source>Thêm người ở Chuẩn bị › Người tham dự (hoặc nhập từ Excel), rồi in.</source>
        <translation>Add people in Preparation › Attendees (or import them from Excel), then print.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="578"/>
        <source>Chọn một người để in thẻ</source>
        <translation>Select a person to print a badge for</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="34"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="38"/>
        <source>Chọn một bản sao lưu. Bản được chọn sẽ được chép thành một tệp mới bên cạnh tệp đang mở rồi mở ra; tệp đang mở không bị ghi đè.</source>
        <translation>Choose a backup. It is copied to a new file next to the open one, which is then opened; the open file is not overwritten.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="47"/>
        <source>Chọn tệp khác…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="50"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="65"/>
        <source>(chưa có thư mục sao lưu)</source>
        <translation>(no backup folder yet)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="73"/>
        <source>Bản {0} – {1} – {2} – mã {3} – {4} KB – {5}</source>
        <translation>Copy {0} – {1} – {2} – code {3} – {4} KB – {5}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="98"/>
        <source>Bản sao lưu nguyên vẹn: {0} sự kiện, {1} dòng dữ liệu, mã nhật ký {2}.</source>
        <translation>The backup is intact: {0} events, {1} data rows, log code {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="67"/>
        <source>Không có bản sao lưu nào của hội nghị này trong {0}.</source>
        <translation>There is no backup of this meeting in {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="86"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
</context>
<context>
    <name>ResultBarsView</name>
    <message>
        <location filename="../../ui/vote_projector.py" line="70"/>
        <source>KẾT QUẢ SUY TÔN</source>
        <translation>ACCLAMATION RESULTS</translation>
    </message>
    <message>
        <location filename="../../ui/vote_projector.py" line="86"/>
        <source> – vòng {0}</source>
        <translation> – round {0}</translation>
    </message>
    <message>
        <location filename="../../ui/vote_projector.py" line="111"/>
        <source>{0} người biểu quyết · hợp lệ {1} · không hợp lệ {2} · tỷ lệ tính trên {3} ({4})</source>
        <translation>{0} voters · {1} valid · {2} invalid · ratio based on {3} ({4})</translation>
    </message>
    <message>
        <location filename="../../ui/vote_projector.py" line="149"/>
        <source>{0} phiếu · {1} %</source>
        <translation>{0} votes · {1} %</translation>
    </message>
    <message>
        <location filename="../../ui/vote_projector.py" line="149"/>
        <source>{0} tán thành · {1} %</source>
        <translation>{0} in favour · {1} %</translation>
    </message>
    <message>
        <location filename="../../ui/vote_projector.py" line="107"/>
        <source>Ngưỡng (đường đứt): {0}</source>
        <translation>Threshold (dashed line): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/vote_projector.py" line="114"/>
        <source>Thu vào {0} phiếu · hợp lệ {1} · không hợp lệ {2} · tỷ lệ tính trên {3} ({4})</source>
        <translation>{0} ballots collected · {1} valid · {2} invalid · ratio based on {3} ({4})</translation>
    </message>
    <message>
        <location filename="../../ui/vote_projector.py" line="119"/>
        <source>Bằng phiếu: {0} – bầu vòng tiếp theo</source>
        <translation>Tied: {0} – another round to follow</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/scoring_view.py" line="65"/>
        <source>Thẩm định</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="72"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="73"/>
        <source>Tiêu chí:</source>
        <translation>Criterion:</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="74"/>
        <source>Đơn vị tự báo cáo:</source>
        <translation>The unit reported:</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="75"/>
        <source>&amp;Kết quả thẩm định (để trống: theo tự báo cáo):</source>
        <translation>&amp;Reviewed value (empty: as the unit reported):</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="78"/>
        <source>&amp;Lý do điều chỉnh:</source>
        <translation>&amp;Why it changed:</translation>
    </message>
</context>
<context>
    <name>ScoringController</name>
    <message>
        <location filename="../../ui/scoring_controller.py" line="63"/>
        <location filename="../../ui/scoring_controller.py" line="91"/>
        <source>&quot;{0}&quot; không phải một số.</source>
        <translation>&quot;{0}&quot; is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_controller.py" line="66"/>
        <source>Điểm tối đa của nhóm là tổng điểm các tiêu chí của nhóm.</source>
        <translation>A group&apos;s maximum is the sum of its criteria&apos;s.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_controller.py" line="73"/>
        <source>Loại tiêu chí này không có chỉ tiêu hay điểm mỗi lần.</source>
        <translation>This kind of criterion has no target or points per occurrence.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_controller.py" line="115"/>
        <source>Nhóm &quot;{0}&quot; còn tiêu chí: hãy xóa hoặc chuyển các tiêu chí của nhóm trước.</source>
        <translation>Group &quot;{0}&quot; still has criteria: delete or move them first.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_controller.py" line="142"/>
        <source>Đã ghi bảng điểm ({0} mục) vào {1}.</source>
        <translation>Wrote the scoring table ({0} items) to {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_controller.py" line="150"/>
        <source>Đã nhập bảng điểm: {0} mục.</source>
        <translation>Imported the scoring table: {0} items.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_controller.py" line="159"/>
        <source>Đã ghi {0} phiếu tự chấm vào {1}.</source>
        <translation>Wrote {0} self-scoring workbooks to {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_controller.py" line="205"/>
        <source>Đã ghi tờ trình vào {0}.</source>
        <translation>Wrote the request for awards to {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_controller.py" line="220"/>
        <source>Tỷ lệ &quot;{0}&quot; không phải một số.</source>
        <translation>The share &quot;{0}&quot; is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_controller.py" line="244"/>
        <source>Đã xóa danh hiệu &quot;{0}&quot;.</source>
        <translation>Title &quot;{0}&quot; removed.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_controller.py" line="262"/>
        <source>Đã mở cuộc suy tôn &quot;{0}&quot;: nhập phiếu ở giai đoạn Suy tôn.</source>
        <translation>Opened the vote &quot;{0}&quot;: enter its ballots in the Suy tôn stage.</translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message>
        <location filename="../../ui/scoring_view.py" line="210"/>
        <source>Thêm &amp;khoản mục…</source>
        <translation>New &amp;group or criterion…</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="211"/>
        <source>Xó&amp;a khoản mục</source>
        <translation>Re&amp;move the item</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="212"/>
        <source>&amp;Xuất bảng điểm…</source>
        <translation>&amp;Export table…</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="213"/>
        <source>Nhập bảng đ&amp;iểm…</source>
        <translation>&amp;Import table…</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="214"/>
        <source>&amp;Lập phiếu tự chấm…</source>
        <translation>Write &amp;workbooks…</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="215"/>
        <source>Nhập &amp;phiếu tự chấm…</source>
        <translation>Import &amp;returned workbooks…</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="216"/>
        <source>Thẩ&amp;m định…</source>
        <translation>Re&amp;view…</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="217"/>
        <source>Mở cuộc &amp;suy tôn</source>
        <translation>&amp;Open the title&apos;s vote</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="218"/>
        <source>Thêm da&amp;nh hiệu…</source>
        <translation>&amp;Add a title…</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="219"/>
        <source>L&amp;oại danh hiệu</source>
        <translation>Remove title (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="220"/>
        <source>Danh hiệu lên trước (&amp;E)</source>
        <translation>Title up (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="221"/>
        <source>Danh hiệu xuống sau (&amp;W)</source>
        <translation>Title dow&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="222"/>
        <source>Tờ trình Wo&amp;rd…</source>
        <translation>Request for awards (Wor&amp;d)…</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="224"/>
        <source>Tờ trình đề nghị khen thưởng dạng Word; bản PDF và các văn bản khác ở giai đoạn In ấn.</source>
        <translation>The request for awards as a Word file; its PDF and the other documents are in the Print stage.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="229"/>
        <source>Q&amp;uy tắc khi bằng điểm:</source>
        <translation>&amp;Tie rule:</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="272"/>
        <source>&amp;Bảng điểm (F2: sửa một ô)</source>
        <translation>Scoring ta&amp;ble (F2 edits a cell)</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="281"/>
        <source>&amp;Danh hiệu</source>
        <translation>Tit&amp;les</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="283"/>
        <source>Xếp &amp;hạng</source>
        <translation>Ran&amp;king</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="284"/>
        <source>Chi tiết của đơn &amp;vị</source>
        <translation>Criteria of the &amp;unit</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="301"/>
        <source>Chấm điểm</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="357"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="369"/>
        <source>Không sửa được bảng điểm</source>
        <translation>The scoring table was not changed</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="383"/>
        <source>Hãy chọn một khoản mục ở bảng điểm.</source>
        <translation>Choose an item of the scoring table.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="387"/>
        <location filename="../../ui/scoring_view.py" line="395"/>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="391"/>
        <source>Xóa &quot;{0}. {1}&quot; khỏi bảng điểm?</source>
        <translation>Delete &quot;{0}. {1}&quot; from the scoring table?</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="393"/>
        <source>Điểm đã chấm của {0} đơn vị cho mục này cũng bị xóa.</source>
        <translation>The scores of {0} units on it are deleted too.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="394"/>
        <source>Xóa khoản mục</source>
        <translation>Delete the item</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="400"/>
        <source>Xuất bảng điểm</source>
        <translation>Export the scoring table</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="400"/>
        <location filename="../../ui/scoring_view.py" line="407"/>
        <location filename="../../ui/scoring_view.py" line="420"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="407"/>
        <source>Nhập bảng điểm</source>
        <translation>Import a scoring table</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="410"/>
        <source>Không nhập bảng điểm</source>
        <translation>The scoring table was not imported</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="414"/>
        <source>Thư mục ghi phiếu tự chấm</source>
        <translation>Folder for the self-scoring workbooks</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="420"/>
        <source>Nhập phiếu tự chấm</source>
        <translation>Import self-scoring workbooks</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="423"/>
        <source>Có phiếu không được nhập</source>
        <translation>Some workbooks were not imported</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="431"/>
        <source>Hãy chọn một đơn vị ở bảng Xếp hạng và một tiêu chí ở bảng Chi tiết.</source>
        <translation>Choose a unit in the ranking and a criterion in its criteria.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="447"/>
        <source>Hãy chọn một danh hiệu ở bảng Danh hiệu.</source>
        <translation>Choose a title in the titles.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="455"/>
        <source>Xóa danh hiệu</source>
        <translation>Remove title</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="455"/>
        <source>Xóa danh hiệu &quot;{0}&quot;?</source>
        <translation>Remove the title &quot;{0}&quot;?</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="457"/>
        <source>Không xóa được danh hiệu</source>
        <translation>The title was not removed</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="465"/>
        <source>Không đổi được thứ tự</source>
        <translation>The order was not changed</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="474"/>
        <source>Chưa mở được cuộc suy tôn</source>
        <translation>The vote could not open</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="480"/>
        <source>Tờ trình đề nghị khen thưởng</source>
        <translation>Request for awards</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="482"/>
        <source>Tệp Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_view.py" line="485"/>
        <source>Không ghi được tờ trình</source>
        <translation>The request for awards was not written</translation>
    </message>
</context>
<context>
    <name>SeatingModel</name>
    <message>
        <location filename="../../ui/protocol_models.py" line="166"/>
        <source>Ghế {0}</source>
        <translation>Seat {0}</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_models.py" line="167"/>
        <source>Chủ tọa</source>
        <translation>Head table</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_models.py" line="167"/>
        <source>Hàng {0}</source>
        <translation>Row {0}</translation>
    </message>
</context>
<context>
    <name>SeatingProjectorView</name>
    <message>
        <location filename="../../ui/protocol_projector.py" line="97"/>
        <source>Chủ tọa</source>
        <translation>Head table</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_projector.py" line="97"/>
        <source>Hàng {0}</source>
        <translation>Row {0}</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../ui/setup_view.py" line="25"/>
        <location filename="../../ui/setup_view.py" line="41"/>
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
    <message>
        <location filename="../../ui/setup_view.py" line="52"/>
        <source>Thông tin hội nghị (thẻ &quot;Hội nghị&quot;) chưa lưu: {0}</source>
        <translation>Meeting details (&quot;Meeting&quot; tab) not saved: {0}</translation>
    </message>
</context>
<context>
    <name>SignatoriesModel</name>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="131"/>
        <source>Khối</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="132"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="133"/>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="134"/>
        <source>Chức danh ký</source>
        <translation>Signing title</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="135"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="141"/>
        <source>Không có ai ký được có mặt – để trống, ký sau</source>
        <translation>Nobody present who can sign – left blank, to sign later</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="142"/>
        <source>Không có ai ký được có mặt – bỏ ra khỏi bản giao ước</source>
        <translation>Nobody present who can sign – left out of the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="144"/>
        <source>Đã ký lúc {0}</source>
        <translation>Signed at {0}</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="145"/>
        <source>Chưa ký</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="153"/>
        <source> (cụm trưởng)</source>
        <translation> (cluster head)</translation>
    </message>
</context>
<context>
    <name>SignatoriesPanel</name>
    <message>
        <location filename="../../ui/agreement_view.py" line="360"/>
        <source>Để trống khối chữ ký (&amp;ký sau)</source>
        <translation>Leave the signature block blank (sign &amp;later)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="361"/>
        <source>&amp;Bỏ khối chữ ký ra khỏi bản giao ước</source>
        <translation>Leave the signature block &amp;out of the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="366"/>
        <source>Đơn vị không có ai ký được có mặt:</source>
        <translation>Unit with nobody present who can sign:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="383"/>
        <source>Chưa ai điểm danh: danh sách dưới đây theo các trưởng đoàn được triệu tập. Sau khi điểm danh, người ký được lấy theo người có mặt.</source>
        <translation>Nobody has checked in yet: the list below follows the heads of delegation invited. After check-in, the signatories are taken from the people present.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="391"/>
        <source>{0} đơn vị không có trưởng đoàn hoặc Phó Trưởng ban có mặt: {1}.</source>
        <translation>{0} units have no head of delegation or Deputy Head present: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="395"/>
        <source>Chọn để trống khối chữ ký (đơn vị ký sau) hoặc bỏ ra trước khi in.</source>
        <translation>Leave their signature blocks blank (the unit signs later) or leave them out before printing.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="398"/>
        <source>Mọi đơn vị đều có người ký có mặt.</source>
        <translation>Every unit has a signatory present.</translation>
    </message>
</context>
<context>
    <name>SigningPanel</name>
    <message>
        <location filename="../../ui/agreement_view.py" line="427"/>
        <source>Đơn vị tiếp th&amp;eo đã ký (Enter)</source>
        <translation>Next unit has si&amp;gned (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="429"/>
        <source>Hoàn tác lần &amp;ký (Ctrl+Z)</source>
        <translation>Undo the last signi&amp;ng (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="433"/>
        <source>Chiếu lên &amp;màn hình</source>
        <translation>Show on the pro&amp;jector</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="454"/>
        <source>Bấm vào ô của đơn vị ngay khi đại diện đơn vị ký xong (hoặc Enter cho đơn vị tiếp theo). Mỗi lần ký được ghi vào nhật ký.</source>
        <translation>Click a unit&apos;s box as soon as its representative has signed (or press Enter for the next unit). Each signature is recorded in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="471"/>
        <source>(để trống, ký sau)</source>
        <translation>(blank, to sign later)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="474"/>
        <source>✓ đã ký {0}</source>
        <translation>✓ signed at {0}</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="482"/>
        <source>Đã ký {0}/{1}</source>
        <translation>Signed {0}/{1}</translation>
    </message>
</context>
<context>
    <name>SigningProjectorView</name>
    <message>
        <location filename="../../ui/agreement_projector.py" line="63"/>
        <source>Đã ký {0}/{1}</source>
        <translation>Signed {0}/{1}</translation>
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
        <source>Tạo hội nghị &amp;mới…</source>
        <translation>Create a &amp;new meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="15"/>
        <source>Mở tệ&amp;p hội nghị…</source>
        <translation>&amp;Open a meeting file…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="16"/>
        <source>Mở hội nghị mẫ&amp;u</source>
        <translation>Open the &amp;demo meeting</translation>
    </message>
</context>
<context>
    <name>TableItemsModel</name>
    <message>
        <location filename="../../ui/scoring_models.py" line="45"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="46"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="47"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="48"/>
        <source>Tối đa</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="49"/>
        <source>Chỉ tiêu / điểm mỗi lần</source>
        <translation>Target / points each</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="50"/>
        <source>Đơn vị tính</source>
        <translation>Unit of measure</translation>
    </message>
</context>
<context>
    <name>Threshold</name>
    <message>
        <location filename="../../ui/i18n.py" line="53"/>
        <source>trên {0}/{1} {2}</source>
        <translation>above {0}/{1} of {2}</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="56"/>
        <source>từ {0}/{1} {2} trở lên</source>
        <translation>at least {0}/{1} of {2}</translation>
    </message>
</context>
<context>
    <name>TitlesModel</name>
    <message>
        <location filename="../../ui/scoring_models.py" line="232"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="233"/>
        <source>Danh hiệu</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="234"/>
        <source>Số danh hiệu</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="235"/>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="236"/>
        <source>Đề xuất / danh sách</source>
        <translation>Proposed / on the ballot</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="237"/>
        <source>Được suy tôn</source>
        <translation>Acclaimed</translation>
    </message>
</context>
<context>
    <name>UnitDetailModel</name>
    <message>
        <location filename="../../ui/scoring_models.py" line="179"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="180"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="181"/>
        <source>Tự báo cáo</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="182"/>
        <source>Thẩm định</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="183"/>
        <source>Điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_models.py" line="184"/>
        <source>Lý do điều chỉnh</source>
        <translation>Reason for the change</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/unit_dialog.py" line="36"/>
        <source>Sửa đơn vị</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.py" line="36"/>
        <source>Thêm đơn vị thành viên</source>
        <translation>Add a member unit</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.py" line="48"/>
        <source>Tên đầy đủ tự điền theo mẫu &quot;{0}&quot; + tên ngắn; sửa được, ví dụ &quot;Thành ủy&quot; cho thành phố.</source>
        <translation>The full title fills itself in as &quot;{0}&quot; + the short name; you may change it, e.g. &quot;Thành ủy&quot; for a city.</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.py" line="55"/>
        <source>Tên ngắn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.py" line="56"/>
        <source>Tên đầy đủ</source>
        <translation>Full title</translation>
    </message>
</context>
<context>
    <name>UnitsImportDialog</name>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="50"/>
        <source>Nhập đơn vị thành viên</source>
        <translation>Import member units</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="55"/>
        <source>Chọn tệp Excel (.xlsx) hoặc CSV (.csv)…</source>
        <translation>Choose an Excel (.xlsx) or CSV (.csv) file…</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="56"/>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="63"/>
        <source>Cột &quot;Tên ngắn&quot; (hoặc &quot;Đơn vị&quot;, &quot;Tỉnh, thành phố&quot;) và, nếu có, cột &quot;Tên đầy đủ&quot;. Thiếu tên đầy đủ thì điền theo mẫu của cụm.</source>
        <translation>A &quot;Tên ngắn&quot; column (short name; or &quot;Đơn vị&quot;, &quot;Tỉnh, thành phố&quot;) and, if there is one, a &quot;Tên đầy đủ&quot; column (full title). A missing full title follows the cluster&apos;s pattern.</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="79"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="79"/>
        <source>Tên ngắn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="79"/>
        <source>Tên đầy đủ</source>
        <translation>Full title</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="79"/>
        <source>Lưu ý</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="88"/>
        <source>&amp;Thêm vào danh sách</source>
        <translation>&amp;Add to the list</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="90"/>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="106"/>
        <source>Chọn danh sách đơn vị</source>
        <translation>Choose a list of units</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="106"/>
        <source>Danh sách (*.xlsx *.csv);;Tất cả (*)</source>
        <translation>Lists (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="130"/>
        <source>Không đọc được tệp. Chưa thêm đơn vị nào.</source>
        <translation>The file could not be read. No unit was added.</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="139"/>
        <source>tên đầy đủ theo mẫu của cụm</source>
        <translation>full title by the cluster&apos;s pattern</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="140"/>
        <source>tên ngắn lấy từ tên đầy đủ</source>
        <translation>short name taken from the full title</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="158"/>
        <source>Có {0} lỗi: sửa tệp rồi chọn lại. Chưa thêm đơn vị nào.</source>
        <translation>{0} errors: correct the file and choose it again. No unit was added.</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="161"/>
        <source>Sẽ thêm {0} đơn vị vào cuối danh sách.</source>
        <translation>{0} units will be added at the end of the list.</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="163"/>
        <source>Mọi đơn vị trong tệp đã có. Không có gì để thêm.</source>
        <translation>Every unit in the file is already there. Nothing to add.</translation>
    </message>
    <message>
        <location filename="../../ui/units_import_dialog.py" line="165"/>
        <source>&amp;Thêm {0} đơn vị</source>
        <translation>&amp;Add {0} units</translation>
    </message>
</context>
<context>
    <name>UnitsTableModel</name>
    <message>
        <location filename="../../ui/table_models.py" line="42"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="43"/>
        <source>Tên ngắn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="44"/>
        <source>Tên đầy đủ</source>
        <translation>Full title</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="45"/>
        <source>Số người</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <location filename="../../ui/units_view.py" line="33"/>
        <source>Thêm đơn &amp;vị…</source>
        <translation>&amp;Add unit…</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="34"/>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="35"/>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="36"/>
        <source>&amp;Lên trên</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="37"/>
        <source>Xuống &amp;dưới</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="38"/>
        <source>Nhập từ &amp;Excel/CSV…</source>
        <translation>&amp;Import from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="85"/>
        <source>Chưa có đơn vị nào: bấm «Thêm đơn vị…» hoặc «Nhập từ Excel/CSV…».</source>
        <translation>No units yet: press «Add unit…» or «Import from Excel/CSV…».</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="88"/>
        <source>Chọn một đơn vị trong bảng trước (bấm vào dòng, hoặc Tab tới bảng rồi dùng ↑ ↓).</source>
        <translation>Select a unit in the table first (click the row, or Tab to the table and use ↑ ↓).</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="126"/>
        <source>Xóa đơn vị</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="126"/>
        <source>Xóa đơn vị {0}?</source>
        <translation>Delete the unit {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="131"/>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="141"/>
        <source>{0} đã ở đầu danh sách.</source>
        <translation>{0} is already at the top of the list.</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="141"/>
        <source>{0} đã ở cuối danh sách.</source>
        <translation>{0} is already at the bottom of the list.</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="147"/>
        <source>Không chuyển được</source>
        <translation>Cannot move</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../ui/vote_dialog.py" line="62"/>
        <source>Sửa cuộc bầu</source>
        <translation>Edit the vote</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="62"/>
        <source>Thêm cuộc bầu (suy tôn)</source>
        <translation>Add a vote (acclamation)</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="67"/>
        <source>Suy tôn đơn vị dẫn đầu phong trào thi đua năm …</source>
        <translation>Acclamation of the units leading the emulation movement in …</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="71"/>
        <source>Chọn tất &amp;cả</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="73"/>
        <source>Bỏ chọ&amp;n tất cả</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="76"/>
        <source>Số &amp;danh hiệu</source>
        <translation>Number of &amp;titles</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="77"/>
        <source>Tỷ &amp;lệ % số đơn vị thành viên</source>
        <translation>% o&amp;f member units</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="84"/>
        <source>bằng số danh hiệ&amp;u</source>
        <translation>&amp;same as the number of titles</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="112"/>
        <source>Phiếu không chọn &amp;ai là phiếu hợp lệ</source>
        <translation>A ballot choosing nob&amp;ody is valid</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="131"/>
        <source>Nhập phiếu ha&amp;i lần để đối chiếu</source>
        <translation>Enter the ballots t&amp;wice to cross-check</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="146"/>
        <source>Danh sách trên phiếu (the&amp;o thứ tự chính thức)</source>
        <translation>Names on the ballot (in official o&amp;rder)</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="160"/>
        <source>Số được chọn tối đa trên một &amp;phiếu</source>
        <translation>Maximum choices per &amp;ballot</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="171"/>
        <source>Được suy tôn khi &amp;số phiếu</source>
        <translation>Acclaimed when the vot&amp;es are</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="181"/>
        <source>&amp;Hình thức</source>
        <translation>Metho&amp;d</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="182"/>
        <source>&amp;Kiểu phiếu</source>
        <translation>Ballot t&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="183"/>
        <source>Ban kiểm phiếu &amp;gõ</source>
        <translation>&amp;Counting committee types</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="184"/>
        <source>Ai &amp;bỏ phiếu</source>
        <translation>W&amp;ho votes</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="187"/>
        <source>Ban kiể&amp;m phiếu</source>
        <translation>Counting co&amp;mmittee</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="191"/>
        <source>T&amp;rưởng ban</source>
        <translation>Cha&amp;ir</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="195"/>
        <source>&amp;Tên cuộc bầu</source>
        <translation>&amp;Vote title</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="99"/>
        <source>trên (&gt;)</source>
        <translation>more than (&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="100"/>
        <source>từ … trở lên (≥)</source>
        <translation>at least (≥)</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="154"/>
        <source>Số danh hiệu và điều kiện</source>
        <translation>Titles and threshold</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="175"/>
        <source>của</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="179"/>
        <source>Phiếu và cách nhập</source>
        <translation>Ballots and entry</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="222"/>
        <source>Trường &quot;Tỷ lệ danh hiệu&quot;: &quot;{0}&quot; không phải một số.</source>
        <translation>The &quot;% of member units&quot; field: &quot;{0}&quot; is not a number.</translation>
    </message>
</context>
<context>
    <name>VoteStageView</name>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="60"/>
        <source>Chưa có cuộc bầu nào. Bấm &quot;Thêm…&quot; để tạo một cuộc suy tôn.</source>
        <translation>No vote yet. Click &quot;Add…&quot; to create an acclamation vote.</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="53"/>
        <source>T&amp;hêm…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="55"/>
        <source>Sử&amp;a…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="57"/>
        <source>&amp;Xóa</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="65"/>
        <source>&lt;b&gt;C&amp;uộc bầu:&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Vote:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="97"/>
        <source>, {0} vòng</source>
        <translation>, {0} rounds</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="114"/>
        <source>Chưa có cuộc bầu nào.</source>
        <translation>There is no vote yet.</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="123"/>
        <source>Vòng {0}</source>
        <translation>Round {0}</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="175"/>
        <source>Sửa cuộc bầu</source>
        <translation>Edit the vote</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="194"/>
        <source>Xóa cuộc bầu</source>
        <translation>Delete the vote</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="201"/>
        <source>Cuộc bầu &quot;{0}&quot; đã nhập phiếu. Xóa cả cuộc bầu và mọi phiếu đã nhập? Lý do xóa (được ghi vào nhật ký):</source>
        <translation>The vote &quot;{0}&quot; has ballots entered. Delete the vote and every ballot entered? Reason (it is logged):</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="210"/>
        <source>Xóa cuộc bầu &quot;{0}&quot;?</source>
        <translation>Delete the vote &quot;{0}&quot;?</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="216"/>
        <source>xóa cuộc bầu đã nhập phiếu</source>
        <translation>delete a vote with ballots entered</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="219"/>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="44"/>
        <source>Người đến thêm – thêm và điểm danh</source>
        <translation>Walk-in – add and check in</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="51"/>
        <source>Đại biểu &amp;thay thế cho một đại biểu vắng mặt</source>
        <translation>&amp;Substitute for an absent delegate</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="53"/>
        <source>Tìm người vắng (gõ không dấu cũng được)</source>
        <translation>Find the absent person (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="56"/>
        <source>Người thay thế thuộc đơn vị của người vắng và nhận quyền biểu quyết của người đó.</source>
        <translation>The substitute belongs to the absent person&apos;s unit and takes over their vote.</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="65"/>
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="66"/>
        <source>Thay cho</source>
        <translation>In place of</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="127"/>
        <source>Trường &quot;Thay cho&quot;: hãy chọn người vắng mặt.</source>
        <translation>The &quot;In place of&quot; field: choose the absent person.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../ui/registration_projector.py" line="65"/>
        <source>CHÀO MỪNG CÁC ĐỒNG CHÍ ĐẠI BIỂU</source>
        <translation>WELCOME, DELEGATES</translation>
    </message>
    <message>
        <location filename="../../ui/registration_projector.py" line="74"/>
        <source>Đơn vị có mặt</source>
        <translation>Units present</translation>
    </message>
    <message>
        <location filename="../../ui/registration_projector.py" line="75"/>
        <source>Khách mời có mặt</source>
        <translation>Guests present</translation>
    </message>
    <message>
        <location filename="../../ui/registration_projector.py" line="102"/>
        <source>Đại biểu có mặt</source>
        <translation>Delegates present</translation>
    </message>
    <message>
        <location filename="../../ui/registration_projector.py" line="104"/>
        <source>Đại biểu có mặt (trong đó {0} người dự thay)</source>
        <translation>Delegates present (of whom {0} substitutes)</translation>
    </message>
    <message>
        <location filename="../../ui/registration_projector.py" line="110"/>
        <source>Đủ điều kiện tiến hành hội nghị ({0})</source>
        <translation>Quorum reached, the meeting may proceed ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/registration_projector.py" line="115"/>
        <source>Chưa đủ điều kiện: cần {0}</source>
        <translation>No quorum yet: needs {0}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/head_election_view.py" line="74"/>
        <source>Tạo hội nghị năm sau</source>
        <translation>Start next year&apos;s meeting</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="87"/>
        <source>Chưa tạo được hội nghị năm sau</source>
        <translation>Next year&apos;s meeting was not created</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="59"/>
        <source>Không tự mở lại tệp</source>
        <translation>File not reopened automatically</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="61"/>
        <source>Lần trước ThiDua dừng đột ngột khi mở {0}. Tệp không được mở tự động lần này: hãy mở lại bằng Tệp › Mở gần đây, kiểm tra bằng Tệp › Kiểm tra tính toàn vẹn, hoặc mở một bản sao lưu. Nhật ký lỗi: {1}.</source>
        <translation>Last time ThiDua stopped suddenly while opening {0}. It is not opened automatically this time: open it again with File › Recent, check it with File › Check integrity, or open a backup. Error log: {1}.</translation>
    </message>
</context>
</TS>

package org.neiqin.itests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The cells of an .xlsx file's first sheet as text, read with the JDK alone (the file format's own
 * parts: shared strings and sheet XML), so that a test checks what the console served without the
 * library that wrote it. Core's unit test reads the same kind of file with fastexcel's reader.
 */
final class XlsxRows {
    private XlsxRows() {
    }

    static List<List<String>> read(byte[] xlsx) throws Exception {
        // through the central directory, as spreadsheet programs read it (the entries carry their sizes only there)
        Map<String, byte[]> parts = new HashMap<>();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("neiqin-export", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    parts.put(e.getName(), zip.getInputStream(e).readAllBytes());
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        List<String> shared = new ArrayList<>();
        if (parts.containsKey("xl/sharedStrings.xml")) {
            NodeList si = xml(parts.get("xl/sharedStrings.xml")).getElementsByTagName("si");
            for (int i = 0; i < si.getLength(); i++) {
                shared.add(si.item(i).getTextContent());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        NodeList rs = xml(parts.get("xl/worksheets/sheet1.xml")).getElementsByTagName("row");
        for (int i = 0; i < rs.getLength(); i++) {
            List<String> row = new ArrayList<>();
            NodeList cs = ((Element) rs.item(i)).getElementsByTagName("c");
            for (int j = 0; j < cs.getLength(); j++) {
                Element c = (Element) cs.item(j);
                int column = column(c.getAttribute("r"));
                while (row.size() < column) {
                    row.add("");
                }
                NodeList v = c.getElementsByTagName("v");
                String value = v.getLength() == 0 ? c.getTextContent() : v.item(0).getTextContent();
                row.add("s".equals(c.getAttribute("t")) ? shared.get(Integer.parseInt(value)) : value);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Document xml(byte[] bytes) throws Exception {
        if (bytes == null) {
            throw new IOException("the workbook lacks a part");
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** @return the zero-based column of a cell reference such as {@code C7}. */
    private static int column(String ref) {
        int c = 0;
        for (char ch : ref.toCharArray()) {
            if (!Character.isLetter(ch)) {
                break;
            }
            c = c * 26 + (ch - 'A' + 1);
        }
        return c - 1;
    }
}

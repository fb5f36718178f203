package org.citypeers.practice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import org.citypeers.base.AbstractEntity;

/** A theme of the controlled taxonomy (e.g. {@code ageing}), with a label and keywords per language. */
@Entity
@Table(name = "theme")
public class Theme extends AbstractEntity {

    public static final int CODE_MAX = 80;
    public static final int LABEL_MAX = 200;
    public static final int KEYWORDS_MAX = 4000;

    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @Column(name = "parent_code", length = CODE_MAX)
    private String parentCode;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "theme_text", joinColumns = @JoinColumn(name = "theme_id"))
    @MapKeyColumn(name = "lang", length = 8)
    private Map<String, ThemeText> texts = new HashMap<>();

    protected Theme() {}

    public Theme(String code, String parentCode, int position) {
        this.code = code;
        this.parentCode = parentCode;
        this.position = position;
    }

    public String getCode() { return code; }
    public String getParentCode() { return parentCode; }
    public void setParentCode(String parentCode) { this.parentCode = parentCode; }
    public int getPosition() { return position; }
    public Map<String, ThemeText> getTexts() { return texts; }
}

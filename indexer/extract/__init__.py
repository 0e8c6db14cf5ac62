"""From an archived response to a described `Page`: decoding, boilerplate removal, metadata,
citations, attachments (PDF, DOCX).
"""

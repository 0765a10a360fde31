"""Signing the PDF of a certified journal with the school's certificate (PKCS#12), and checking it.

pyHanko is optional: without it signing and checking say so in Russian and
nothing else breaks.  The signature is a PAdES-style embedded signature over
the whole file; :func:`check_signature` reports whether the file is unchanged
since it was signed, who signed it and when, and whether the certificate is
trusted (a school's own certificate usually is not, unless its root is given).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ejournal_desktop.services.errors import ServiceError


class SigningError(ServiceError):
    title = "Подпись не выполнена"


def available() -> bool:
    try:
        import pyhanko.sign  # noqa: F401
    except ImportError:
        return False
    return True


def _need_pyhanko() -> None:
    if not available():
        raise SigningError("Электронная подпись PDF недоступна: не установлен пакет pyHanko "
                           "(pip install pyhanko).")


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """pyHanko logs every untrusted certificate with a traceback; the user gets our summary instead."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def load_signer(cert_file: Path, passphrase: str | None) -> Any:
    """The signer of a PKCS#12 file (checked before anything is certified)."""
    _need_pyhanko()
    from pyhanko.sign import signers

    try:
        data = cert_file.read_bytes()
    except OSError as exc:
        raise SigningError(f"Не удалось прочитать файл сертификата «{cert_file}»: {exc.strerror or exc}.") from None
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=[],
                                                        passphrase=passphrase.encode() if passphrase else None)
    except (ValueError, TypeError) as exc:
        raise SigningError(f"Файл «{cert_file}» не открылся как сертификат PKCS#12 (.p12/.pfx): неверный пароль "
                           f"или повреждённый файл ({exc}).") from None
    if signer is None or getattr(signer, "signing_cert", None) is None:
        raise SigningError(f"В файле «{cert_file}» нет сертификата с закрытым ключом.")
    return signer


def sign_pdf(pdf: bytes, cert_file: Path, passphrase: str | None, *, reason: str, location: str = "",
             signer_name: str = "") -> bytes:
    """The PDF with an embedded signature made with the certificate and key of a PKCS#12 file."""
    signer = load_signer(cert_file, passphrase)
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    meta = signers.PdfSignatureMetadata(field_name="Заверение", reason=reason, location=location or None,
                                        name=signer_name or None)
    try:
        with _quiet():
            out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), meta, signer=signer)
    except Exception as exc:  # pyHanko raises many kinds; the user gets one message
        raise SigningError(f"Не удалось подписать PDF: {exc}") from None
    return bytes(out.getvalue())


@dataclass(frozen=True)
class SignatureCheck:
    signed: bool  # the file has a signature at all
    intact: bool = False  # the signed bytes are unchanged and the signature is cryptographically valid
    whole_file: bool = False  # the signature covers the whole file (nothing added after signing)
    trusted: bool = False  # the certificate chains to a trusted root
    signer: str = ""
    signed_at: dt.datetime | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.signed and self.intact and self.whole_file


def check_signature(pdf: bytes, trust_roots: list[Path] | None = None) -> SignatureCheck:
    """Check the embedded signature(s) of a PDF."""
    _need_pyhanko()
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        sigs = list(reader.embedded_signatures)
    except Exception as exc:
        return SignatureCheck(False, notes=[f"файл не читается как PDF: {exc}"])
    if not sigs:
        return SignatureCheck(False, notes=["в файле нет электронной подписи"])
    roots = []
    if trust_roots:
        from asn1crypto import pem, x509

        for path in trust_roots:
            raw = path.read_bytes()
            if pem.detect(raw):
                _, _, raw = pem.unarmor(raw)
            roots.append(x509.Certificate.load(raw))
    # only the roots given: the operating system's list is not consulted (deprecated in pyHanko)
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    sig = sigs[-1]
    try:
        with _quiet():
            status = validate_pdf_signature(sig, context)
    except Exception as exc:
        return SignatureCheck(True, notes=[f"подпись не проверяется: {exc}"])
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    intact = bool(status.intact and status.valid)
    notes: list[str] = []
    if not intact:
        notes.append("подписанное содержимое изменено или подпись недействительна")
    if not whole:
        notes.append("после подписания в файл что-то добавлено")
    if not status.trusted:
        notes.append("сертификат не проверен по доверенным корневым сертификатам")
    cert = status.signing_cert
    signer = str(cert.subject.human_friendly) if cert is not None else ""
    return SignatureCheck(True, intact, whole, bool(status.trusted), signer, status.signer_reported_dt, notes)


def document_subject(pdf: bytes) -> str:
    """The «Subject» of the PDF's document information (the certified journal keeps its digest there)."""
    _need_pyhanko()
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        info = PdfFileReader(io.BytesIO(pdf), strict=False).trailer_view["/Info"]
        return str(info["/Subject"])
    except Exception:
        return ""

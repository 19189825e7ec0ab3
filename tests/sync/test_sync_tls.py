"""HTTPS with a pinned certificate authority; plain HTTP only on this machine."""

from __future__ import annotations

import datetime as dt
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sync_support import ServerProcess, register_post, run_server_cli

from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import login
from midas_desktop.sync import client
from midas_desktop.sync.loadgen import add_synthetic_movements


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def make_ca(folder: Path, label: str) -> tuple[Path, ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(label))
        .issuer_name(_name(label))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    path = folder / f"{label}.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path, key, cert


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[ServerProcess, Path]]:
    ca_path, ca_key, ca_cert = make_ca(tmp_path, "midas-test-ca")
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("central.midas.test"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "server.pem", tmp_path / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    server = ServerProcess(
        f"sqlite:///{tmp_path / 'central.db'}", tmp_path / "tls.log", tls=(ca_path, cert_path, key_path)
    )
    server.start()
    try:
        yield server, ca_path
    finally:
        server.kill()


def test_enrol_and_sync_over_https_with_the_pinned_ca(
    store_path: Path, tls_server: tuple[ServerProcess, Path], tmp_path: Path
) -> None:
    server, ca_path = tls_server
    other_ca, _, _ = make_ca(tmp_path, "some-other-ca")
    token = register_post(server.db_url, "GTM-TECUN")
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        with pytest.raises(client.SyncError, match="could not be reached"):
            client.enrol(admin, server.url, token, other_ca.read_text())  # not the CA that signed it
        client.enrol(admin, server.url, token, ca_path.read_text())
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        add_synthetic_movements(officer, 40, seed=5)
        assert client.sync_once(officer).acknowledged == 40


def test_plain_http_only_on_this_machine(store_path: Path) -> None:
    with login(store_path, "admin", ADMIN_PASSWORD) as admin, pytest.raises(BadInput, match="plain HTTP"):
        client.enrol(admin, "http://10.1.2.3:8443", "token")
    assert client.check_server_url("http://127.0.0.1:9/") == "http://127.0.0.1:9"
    refused = run_server_cli("serve", "--host", "0.0.0.0", "--port", "9")
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "--cert" in refused.stderr

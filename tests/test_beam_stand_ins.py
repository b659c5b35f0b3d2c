"""pipeline/beam_stand_ins.py: Beam imported through newsbeam leaves beartype, fastavro,
cryptography and proto-plus unloaded, and what Beam bound from them still works when called."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHECK = r"""
import json, sys, typing
import newsbeam.pipeline
import apache_beam
from apache_beam.typehints import typehints as th
from apache_beam.transforms import util
import apache_beam.io.avroio as avroio
from apache_beam.coders.coder_impl import AvroCoderImpl
from apache_beam.coders.avro_record import AvroRecord

from apache_beam.coders import coders

out = {"after_beam": sorted(m for m in ("beartype", "fastavro", "cryptography", "lz4", "proto") if m in sys.modules)}
# proto-plus: Beam's fallback coder lookup asks ProtoPlusCoder about hints; the answers as before.
for hint in (int, typing.List[int]):
    try:
        coders.ProtoPlusCoder.from_type_hint(hint, None)
    except (TypeError, ValueError) as exc:
        out.setdefault("proto_plus_refused", []).append(type(exc).__name__)
from apache_beam.coders import typecoders
class Plain:
    pass
out["fallback"] = type(typecoders.registry.get_coder(Plain)).__name__
out["still_unloaded"] = "proto" not in sys.modules
# beartype: a subhint, and its error caught by Beam as before (is_consistent_with answers False).
out["subhint"] = th.is_subhint(bool, int)
try:
    th.is_subhint(1, int)
    out["door_error"] = None
except th.BeartypeDoorException as exc:
    out["door_error"] = type(exc.__cause__).__name__
import beartype.door
out["real_door"] = beartype.door.is_subhint.__module__.startswith("beartype")
# fastavro, through coder_impl's names (an Avro record round trip) and avroio's module.
schema = json.dumps({"type": "record", "name": "R", "fields": [{"name": "n", "type": "int"}]})
coder = AvroCoderImpl(schema)
out["avro"] = coder.decode(coder.encode(AvroRecord({"n": 7}))).record
out["avroio_reader"] = avroio.fastavro.reader.__module__
# cryptography's Fernet, for GroupByEncryptedKey.
from cryptography.fernet import Fernet
key = Fernet.generate_key()
token = util.Fernet(key).encrypt(b"harbour")
out["fernet"] = util.Fernet(key).decrypt(token).decode()
import proto
class Point(proto.Message):
    x = proto.Field(proto.INT32, number=1)
coder = coders.ProtoPlusCoder.from_type_hint(Point, None)
out["proto_plus"] = coder.decode(coder.encode(Point(x=5))).x
out["proto_isinstance"] = isinstance(Point(x=1), coders.proto.Message)
print(json.dumps(out))
"""


def test_beam_imported_through_newsbeam_leaves_its_unused_extras_unloaded_and_they_work_when_called():
    done = subprocess.run([sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["after_beam"] == []
    assert out["subhint"] is True
    assert out["door_error"] and "Beartype" in out["door_error"]
    assert out["real_door"] is True  # imported later, the package is the real one
    assert out["avro"] == {"n": 7}
    assert out["avroio_reader"].startswith("fastavro")
    assert out["fernet"] == "harbour"
    assert out["proto_plus_refused"] == ["ValueError", "TypeError"]
    assert out["fallback"] == "FastPrimitivesCoder"
    assert out["still_unloaded"] is True
    assert out["proto_plus"] == 5 and out["proto_isinstance"] is True


def test_a_stand_in_leaves_sys_modules_once_its_beam_module_has_run():
    code = ("import sys, newsbeam.pipeline, apache_beam; "
            "from newsbeam.pipeline.beam_stand_ins import _StandIn; "
            "print([n for n, m in sys.modules.items() if isinstance(m, _StandIn)])")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "[]"

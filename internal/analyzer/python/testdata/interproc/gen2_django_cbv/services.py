# gen2_django_cbv: services reached from class-based views
import base64
import pickle
import subprocess


def restore(blob):
    return pickle.loads(base64.b64decode(blob))  # want: PY-DESERIALIZATION


def archive(name):
    return subprocess.run("tar czf /tmp/out.tgz /srv/data/" + name, shell=True).returncode  # want: PY-CMDI


def archive_id(num):
    return subprocess.run("tar czf /tmp/out.tgz /srv/data/%d" % num, shell=True).returncode  # safe: PY-CMDI

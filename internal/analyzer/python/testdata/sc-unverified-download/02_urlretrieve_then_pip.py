# IN-2: a wheel downloaded to disk and pip-installed, nothing checks it
import subprocess
import sys
import urllib.request


def self_update(version):
    path, _ = urllib.request.urlretrieve(f"https://updates.example.com/app-{version}.whl")
    subprocess.check_call([sys.executable, "-m", "pip", "install", path])  # want: SC-UNVERIFIED-DOWNLOAD

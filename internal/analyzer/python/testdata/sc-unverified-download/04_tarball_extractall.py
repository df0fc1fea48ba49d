# IN-2: a theme archive downloaded and extracted into the web root unverified
import io
import tarfile

import requests


def install_theme(url):
    data = requests.get(url, timeout=30, proxies={"https": "http://proxy:3128"}).content
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall("/srv/www/themes", filter="data")  # want: SC-UNVERIFIED-DOWNLOAD

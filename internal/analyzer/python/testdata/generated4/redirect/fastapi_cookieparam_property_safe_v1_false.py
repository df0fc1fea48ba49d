# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=cookieparam shape=property_safe sink=v1 expected=false
import re

from fastapi import FastAPI, Cookie, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def safe(self):
        return re.sub(r"[^A-Za-z0-9]", "", self._raw)


@app.get("/00034")
def benchmark_test_00034(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = Wrapper(param).safe
    return RedirectResponse(bar)

# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=pathparam shape=classmethod_keep sink=v1 expected=true
import re

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Sanitizer:
    @staticmethod
    def clean(value):
        return re.sub(r"[^A-Za-z0-9]", "", value)

    @classmethod
    def keep(cls, value):
        return value


@app.get("/00048/{test_id}")
def benchmark_test_00048(request: Request, test_id: str):
    param = test_id
    bar = Sanitizer.keep(param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT

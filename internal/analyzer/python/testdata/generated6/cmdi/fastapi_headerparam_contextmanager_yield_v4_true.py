# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=fastapi source=headerparam shape=contextmanager_yield sink=v4 expected=true
import contextlib
import subprocess

from fastapi import FastAPI, Header, Request

app = FastAPI()


@contextlib.contextmanager
def trimmed(value):
    yield value.strip()


@contextlib.contextmanager
def placeholder(value):
    yield "placeholder"


@app.get("/00088")
def benchmark_test_00088(request: Request, referer: str = Header("")):
    param = referer
    with trimmed(param) as v:
        bar = v
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)  # want: PY-CMDI
    return {"result": str(result)}

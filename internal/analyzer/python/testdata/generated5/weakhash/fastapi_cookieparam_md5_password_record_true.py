# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=cookieparam shape=md5_password_record expected=true
import hashlib

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00062")
def benchmark_test_00062(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    password = bar
    pw_hash = hashlib.md5(password.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH PY-WEAK-PASSWORD-HASH
    result = len(pw_hash)
    return {"result": str(result)}

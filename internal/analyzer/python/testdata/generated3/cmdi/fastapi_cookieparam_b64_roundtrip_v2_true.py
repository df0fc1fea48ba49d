# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=cookieparam propagation=b64_roundtrip sink=v2 expected=true
import base64
import subprocess

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00098")
def benchmark_test_00098(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)  # want: PY-CMDI
    result = proc.communicate()[0]
    return {"result": str(result)}

# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=cookieparam propagation=stringio (helper class) sink=v2 expected=true
import io
import subprocess

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.get("/00100")
def benchmark_test_00100(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)  # want: PY-CMDI
    result = proc.communicate()[0]
    return {"result": str(result)}

# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=cookieparam propagation=join_builder (helper class) sink=v2 expected=true
import subprocess

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.get("/00104")
def benchmark_test_00104(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)  # want: PY-CMDI
    result = proc.communicate()[0]
    return {"result": str(result)}

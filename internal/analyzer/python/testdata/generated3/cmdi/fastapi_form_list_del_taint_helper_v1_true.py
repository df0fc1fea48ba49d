# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=form propagation=list_del_taint (helper class) sink=v1 expected=true
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        del values_list[0]
        bar = values_list[0]
        return bar


@app.post("/00092")
async def benchmark_test_00092(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return {"result": str(result)}

# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=formparam propagation=switch_char_safe sink=v1 expected=false
import subprocess

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00101")
def benchmark_test_00101(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": str(result)}

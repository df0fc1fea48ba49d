# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=fastapi source=headerparam shape=popen_shell_string sink=specific expected=true
import subprocess

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00330")
def benchmark_test_00330(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    proc = subprocess.Popen("tar -tzf /srv/archives/" + bar, shell=True, stdout=subprocess.PIPE)  # want: PY-CMDI
    result = proc.communicate()[0]
    return {"result": str(result)}

# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=django source=post shape=store_fetch_key (helper class) sink=v1 expected=true
import subprocess

from django.http import JsonResponse
from django.urls import path


class RequestStore:
    def __init__(self):
        self.items = {}

    def put(self, key, value):
        self.items[key] = value

    def fetch(self, key):
        return self.items.get(key, "")

    def describe(self):
        return "items: %d" % len(self.items)


class Test:
    def do_something(self, request, param):
        store = RequestStore()
        store.put("term", param)
        store.put("mode", "basic")
        bar = store.fetch("term")
        return bar


def case_00002(request):
    param = request.POST.get("q", "")
    bar = Test().do_something(request, param)
    proc = subprocess.run(f"ls -la /srv/app/files/{bar}", shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00002/", case_00002),
]

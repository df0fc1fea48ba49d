# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=body propagation=thing_factory sink=v4 expected=true
import json

from django.db import connection
from django.http import JsonResponse
from django.urls import path


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


def benchmark_test_00029(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    thing = make_thing()
    bar = thing.do_something(param)
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM auth_user WHERE username = '%s'" % bar)  # want: PY-SQLI
        result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00029/", benchmark_test_00029),
]

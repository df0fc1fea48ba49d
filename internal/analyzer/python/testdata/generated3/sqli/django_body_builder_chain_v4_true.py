# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=body propagation=builder_chain sink=v4 expected=true
import json

from django.db import connection
from django.http import JsonResponse
from django.urls import path


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


def benchmark_test_00029(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Builder().set_value(param).get_value()
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM auth_user WHERE username = '%s'" % bar)  # want: PY-SQLI
        result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00029/", benchmark_test_00029),
]

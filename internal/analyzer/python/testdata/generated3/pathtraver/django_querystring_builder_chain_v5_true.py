# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=querystring propagation=builder_chain sink=v5 expected=true
import os
import urllib.parse

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


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


def benchmark_test_00196(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Builder().set_value(param).get_value()
    full = os.path.join(BASE_DIR, bar)
    if not full.startswith(BASE_DIR):
        raise ValueError("outside the base directory")
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00196/", benchmark_test_00196),
]

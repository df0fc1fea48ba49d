# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=querystring propagation=passthrough (helper class) sink=safe0 expected=false
import urllib.parse

from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00283(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    tmpl = Template("<p>Hello {{ name }}</p>")
    result = tmpl.render(Context({"name": bar}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00283/", benchmark_test_00283),
]

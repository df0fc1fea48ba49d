# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=post propagation=dict_get_taint sink=v2 expected=true
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00178(request):
    param = request.POST.get("BenchmarkTest", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00178/", benchmark_test_00178),
]

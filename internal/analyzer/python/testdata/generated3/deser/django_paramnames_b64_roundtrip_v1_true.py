# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=paramnames propagation=b64_roundtrip sink=v1 expected=true
import base64
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00525(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00525/", benchmark_test_00525),
]

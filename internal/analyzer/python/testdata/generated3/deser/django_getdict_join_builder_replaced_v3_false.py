# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=getdict propagation=join_builder_replaced sink=v3 expected=false
import base64
import io
import pickle

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00492(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00492/", benchmark_test_00492),
]

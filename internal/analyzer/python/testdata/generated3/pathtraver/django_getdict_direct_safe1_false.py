# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=getdict propagation=direct sink=safe1 expected=false
import os

from django.http import JsonResponse
from django.urls import path
from werkzeug.utils import secure_filename

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00207(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    with open(os.path.join(BASE_DIR, secure_filename(bar))) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00207/", benchmark_test_00207),
]

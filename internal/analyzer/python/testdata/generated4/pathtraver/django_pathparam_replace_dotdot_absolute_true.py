# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=pathparam shape=replace_dotdot_absolute sink=specific expected=true
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00388(request, test_id):
    param = test_id
    bar = param
    name = bar.replace("..", "")
    with open(os.path.join(BASE_DIR, name)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00388/<str:test_id>/", benchmark_test_00388),
]

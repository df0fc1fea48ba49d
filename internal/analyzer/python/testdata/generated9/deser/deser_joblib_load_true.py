# generated case (gen9): category=deser rule=PY-DESERIALIZATION fw=django shape=joblib_load expected=true
import io

import joblib
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_joblib_load(request):
    param = request.GET.get("q", "")
    model = joblib.load(io.BytesIO(request.body))  # want: PY-DESERIALIZATION
    return JsonResponse({"result": str([param, type(model).__name__])})


urlpatterns = [
    path("deser_joblib_load/", case_joblib_load),
]

# generated case (gen9): category=deser rule=PY-DESERIALIZATION fw=django shape=numpy_allow_pickle expected=true
import io

import numpy
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_numpy_allow_pickle(request):
    param = request.GET.get("q", "")
    arr = numpy.load(io.BytesIO(request.body), allow_pickle=True)  # want: PY-DESERIALIZATION
    return JsonResponse({"result": str([param, type(arr).__name__])})


urlpatterns = [
    path("deser_numpy_allow_pickle/", case_numpy_allow_pickle),
]

# AC-2 FALSE: all Django management views require a permission; user-facing views only login
from django.contrib.auth.decorators import login_required, permission_required
from django.http import JsonResponse

from .models import Order


@permission_required("shop.view_order", raise_exception=True)
def manage_orders(request):
    return JsonResponse({"orders": list(Order.objects.values("id"))})


@permission_required("shop.delete_order", raise_exception=True)
def manage_delete_order(request, pk):
    Order.objects.filter(pk=pk).delete()
    return JsonResponse({"ok": True})


@login_required
def my_orders(request):
    return JsonResponse({"orders": list(Order.objects.filter(user=request.user).values("id"))})

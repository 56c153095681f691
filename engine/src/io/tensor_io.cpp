#include "io/tensor_io.h"

#include <cstring>
#include <sstream>

namespace tessera {

torch::Dtype toTorchDtype(DType dtype) {
    switch (dtype) {
        case DType::F32: return torch::kFloat32;
        case DType::F16: return torch::kFloat16;
        case DType::BF16: return torch::kBFloat16;
        case DType::F64: return torch::kFloat64;
        case DType::I64: return torch::kInt64;
        case DType::I32: return torch::kInt32;
        case DType::I16: return torch::kInt16;
        case DType::I8: return torch::kInt8;
        case DType::U8: return torch::kUInt8;
        case DType::Bool: return torch::kBool;
        case DType::F8E4M3: return torch::kFloat8_e4m3fn;
        case DType::F8E5M2: return torch::kFloat8_e5m2;
        case DType::Invalid: break;
    }
    throw TensorFileError(std::string("tensor dtype ") + dtypeName(dtype) + " has no torch equivalent");
}

DType fromTorchDtype(torch::Dtype dtype) {
    switch (dtype) {
        case torch::kFloat32: return DType::F32;
        case torch::kFloat16: return DType::F16;
        case torch::kBFloat16: return DType::BF16;
        case torch::kFloat64: return DType::F64;
        case torch::kInt64: return DType::I64;
        case torch::kInt32: return DType::I32;
        case torch::kInt16: return DType::I16;
        case torch::kInt8: return DType::I8;
        case torch::kUInt8: return DType::U8;
        case torch::kBool: return DType::Bool;
        case torch::kFloat8_e4m3fn: return DType::F8E4M3;
        case torch::kFloat8_e5m2: return DType::F8E5M2;
        default: break;
    }
    throw std::invalid_argument(std::string("torch dtype ") + c10::toString(dtype) + " cannot be stored in safetensors");
}

torch::Tensor viewToTensor(const TensorView& view) {
    auto t = torch::empty(view.shape, torch::TensorOptions().dtype(toTorchDtype(view.dtype)));
    if (view.sizeBytes) std::memcpy(t.data_ptr(), view.data, view.sizeBytes);
    return t;
}

torch::Tensor loadTensor(const SafetensorsFile& file, const std::string& name) { return viewToTensor(file.at(name)); }

void addTensor(SafetensorsWriter& writer, const std::string& name, const torch::Tensor& tensor) {
    torch::Tensor t = tensor.detach().to(torch::kCPU).contiguous();
    std::vector<int64_t> shape(t.sizes().begin(), t.sizes().end());
    writer.add(name, fromTorchDtype(t.scalar_type()), shape, t.data_ptr(), t.numel() * t.element_size());
}

std::string shapeString(at::IntArrayRef shape) {
    std::ostringstream s;
    s << '[';
    for (size_t i = 0; i < shape.size(); ++i) s << (i ? ", " : "") << shape[i];
    s << ']';
    return s.str();
}

}  // namespace tessera

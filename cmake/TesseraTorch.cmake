# Finds LibTorch. The intended one is the LibTorch inside the PyPI torch wheel
# (scripts/setup.sh installs it into a venv outside the tree; the Makefile passes its
# cmake prefix). Any other LibTorch 2.x works through CMAKE_PREFIX_PATH or Torch_DIR.
#
# The wheel is built with CUDA, so its config looks for the CUDA toolkit; we point it at
# the installed nvcc so the CUDA build is configured and linked even without a GPU.
if(NOT CMAKE_CUDA_COMPILER AND EXISTS /usr/local/cuda/bin/nvcc)
  set(CMAKE_CUDA_COMPILER /usr/local/cuda/bin/nvcc CACHE FILEPATH "nvcc used by LibTorch's CUDA config")
endif()
if(NOT CUDAToolkit_ROOT AND EXISTS /usr/local/cuda)
  set(CUDAToolkit_ROOT /usr/local/cuda CACHE PATH "CUDA toolkit")
endif()
find_package(Torch 2.0 REQUIRED CONFIG)
message(STATUS "LibTorch ${Torch_VERSION} from ${Torch_DIR}")

# TORCH_LIBRARIES carries the CUDA libraries when the LibTorch was built with CUDA.
if(TARGET torch_cuda OR TARGET c10_cuda)
  set(TESSERA_TORCH_HAS_CUDA ON)
  set(TESSERA_TORCH_CUDA_VERSION "${CUDA_VERSION}")
else()
  set(TESSERA_TORCH_HAS_CUDA OFF)
  set(TESSERA_TORCH_CUDA_VERSION "")
endif()
message(STATUS "LibTorch CUDA build: ${TESSERA_TORCH_HAS_CUDA}")

# TorchConfig exports flags (e.g. -D_GLIBCXX_USE_CXX11_ABI) through TORCH_CXX_FLAGS; we
# apply them per target (target_compile_options) rather than globally.
separate_arguments(TESSERA_TORCH_CXX_FLAGS UNIX_COMMAND "${TORCH_CXX_FLAGS}")

# One interface target carries everything a torch-using target needs.
add_library(tessera_torch INTERFACE)
add_library(Tessera::Torch ALIAS tessera_torch)
target_link_libraries(tessera_torch INTERFACE ${TORCH_LIBRARIES})
target_compile_options(tessera_torch INTERFACE ${TESSERA_TORCH_CXX_FLAGS})

# The wheel's libtorch_cuda.so finds its CUDA libraries (NCCL, cuDNN, ...) through an $ORIGIN
# RPATH into site-packages/nvidia/*/lib. The linker must look there too, or it picks the CUDA
# toolkit's older copies (e.g. /usr/local/cuda/lib/libnccl.so.2) and reports undefined symbols.
get_filename_component(_tessera_torch_lib_dir "${TORCH_LIBRARY}" DIRECTORY)
file(GLOB _tessera_nvidia_lib_dirs LIST_DIRECTORIES true "${_tessera_torch_lib_dir}/../../nvidia/*/lib")
foreach(_dir IN LISTS _tessera_nvidia_lib_dirs)
  target_link_options(tessera_torch INTERFACE "LINKER:-rpath-link,${_dir}")
endforeach()
